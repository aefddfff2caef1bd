// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VideoItem } from './adapter';
import { SETTLE_MS, followActiveVideo, type ActiveReport } from './follow-active';

const item = (id: string, extra: Partial<VideoItem> = {}): VideoItem => {
  const container = document.createElement('article');
  return { container, mountPoint: container, url: `https://www.tiktok.com/@a/video/${id}`, ...extra };
};

describe('followActiveVideo', () => {
  let abort: AbortController;
  let active: VideoItem | null;
  let sent: ActiveReport[];
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
    active = null;
    sent = [];
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });
  const follow = () =>
    followActiveVideo(
      () => active,
      (video) => ({ creator: video.creator ?? 'someone' }),
      (report) => sent.push(report),
      abort.signal,
    );

  it('reports once the page settles after scrolling, and only when the video changed', () => {
    const first = item('1'.repeat(19), { creator: 'kite' });
    active = first;
    const reporter = follow();
    reporter.schedule();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent).toEqual([{ url: first.url, reel: { creator: 'kite' }, unverified: false }]);

    // A scroll that keeps the same video on screen says nothing; each scroll event restarts the wait.
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new Event('scroll'));
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(sent).toHaveLength(1);
    active = item('2'.repeat(19), { unverified: true });
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent[1]).toEqual({ url: active.url, reel: { creator: 'someone' }, unverified: true });

    active = null;
    reporter.schedule();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent[2]).toEqual({ url: null });
  });

  it('a hidden tab reports nothing, and reports afresh when shown again', () => {
    active = item('3'.repeat(19));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    follow().schedule();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent).toEqual([]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent).toHaveLength(1);
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent).toHaveLength(2);
  });

  it('says nothing once stopped', () => {
    active = item('4'.repeat(19));
    const reporter = follow();
    reporter.schedule();
    abort.abort();
    vi.advanceTimersByTime(SETTLE_MS);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(sent).toEqual([]);
  });
});
