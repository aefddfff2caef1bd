import { describe, expect, it, vi } from 'vitest';
import { addSample, secondsLeft, speedOf, SPEED_WINDOW_MS, type ProgressSample } from '@/lib/ui/use-uploads';
import { formatDuration, progressText } from './upload-text';

vi.mock('@/lib/messaging', () => ({ sendMessage: vi.fn() }));
vi.mock('@/lib/uploads/blob-store', () => ({ putBlob: vi.fn() }));
vi.mock('@/lib/uploads/upload-store', () => ({ listUploads: vi.fn(), watchUploads: vi.fn() }));

const MB = 1024 * 1024;

/** Progress reported every `everyMs`, at `bytesPerSecond`, from t=0. */
function steady(count: number, everyMs: number, bytesPerSecond: number): ProgressSample[] {
  let samples: ProgressSample[] = [];
  for (let i = 0; i < count; i++) samples = addSample(samples, { at: i * everyMs, bytes: Math.round((i * everyMs * bytesPerSecond) / 1000) });
  return samples;
}

describe('upload speed', () => {
  it('is the rate over the last few seconds of progress', () => {
    const samples = steady(40, 250, 8 * MB);
    expect(speedOf(samples, 39 * 250)).toBeCloseTo(8 * MB, -3);
    // Only the window (plus one sample before it) is kept.
    expect(samples.length).toBeLessThanOrEqual(SPEED_WINDOW_MS / 250 + 2);
    expect(samples[0]!.at).toBeLessThanOrEqual(39 * 250 - SPEED_WINDOW_MS);
  });

  it('follows a change of speed within one window, through uneven reports', () => {
    let samples = steady(40, 250, 8 * MB);
    const start = samples[samples.length - 1]!;
    // 1 MB/s, reported unevenly (a slow tick, then a catching-up one).
    for (let i = 1; i <= 20; i++) samples = addSample(samples, { at: start.at + i * 250, bytes: start.bytes + i * 256 * 1024 - (i % 2) * 100 * 1024 });
    expect(speedOf(samples, start.at + 20 * 250)).toBeCloseTo(1 * MB, -3);
  });

  it.each([
    ['no samples', [], 0],
    ['one sample', [{ at: 0, bytes: 0 }], 0],
    [
      'less than a moment of history',
      [
        { at: 0, bytes: 0 },
        { at: 250, bytes: MB },
      ],
      250,
    ],
    [
      'no progress for a whole window',
      [
        { at: 0, bytes: 0 },
        { at: 2_000, bytes: MB },
      ],
      2_000 + SPEED_WINDOW_MS + 1,
    ],
  ])('is unknown with %s', (_, samples: ProgressSample[], now: number) => {
    expect(speedOf(samples, now)).toBeNull();
  });

  it('slows down while progress stalls', () => {
    const samples = [
      { at: 0, bytes: 0 },
      { at: 2_000, bytes: 2 * MB },
    ];
    expect(speedOf(samples, 2_000)).toBe(MB);
    expect(speedOf(samples, 4_000)).toBe(MB / 2);
  });

  it('starts over when the upload does (fewer bytes than before)', () => {
    const samples = addSample(
      [
        { at: 0, bytes: 0 },
        { at: 1_000, bytes: 5 * MB },
      ],
      { at: 1_250, bytes: 0 },
    );
    expect(samples).toEqual([{ at: 1_250, bytes: 0 }]);
  });

  it('ignores a repeated or older record', () => {
    const samples = [
      { at: 0, bytes: 0 },
      { at: 1_000, bytes: MB },
    ];
    expect(addSample(samples, { at: 1_000, bytes: 2 * MB })).toEqual(samples);
  });
});

describe('time left', () => {
  it.each([
    [37.5 * MB, 8.1 * MB, 5],
    [MB, MB, 1],
    [0, MB, 0],
    [MB, null, null],
    [MB, 0, null],
  ])('%d bytes at %s B/s → %s s', (remaining, speed, expected) => {
    expect(secondsLeft(remaining, speed)).toBe(expected);
  });

  it.each([
    [0, '0 s'],
    [4.2, '5 s'],
    [89, '89 s'],
    [125, '2 min'],
    [3_599, '1 h'],
    [4_000, '1 h 7 min'],
  ])('%d s reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('puts bytes, speed and time left together', () => {
    expect(progressText({ bytesSent: 12.5 * MB, sizeBytes: 50 * MB }, { speed: 8.1 * MB, secondsLeft: 5 })).toBe('13 MB of 50 MB, 8.1 MB/s, 5 s left');
    expect(progressText({ bytesSent: 0, sizeBytes: 900 }, { speed: null, secondsLeft: null })).toBe('0 B of 900 B');
  });
});
