import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnosticsLogItem } from '../storage/diagnostics-log';
import { AFTER_ERROR_MS, createWakeLoop } from './wake-loop';

const NOW = 1_000_000;

describe('the wake loop', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('runs one pass at a time: kicks during a pass make exactly one more pass after it', async () => {
    let inPass = 0;
    let most = 0;
    let passes = 0;
    let release!: () => void;
    const loop = createWakeLoop({
      alarm: 'a',
      area: 'worker',
      doing: 'Test',
      now: () => NOW,
      pass: async () => {
        passes++;
        inPass++;
        most = Math.max(most, inPass);
        if (passes === 1) await new Promise<void>((resolve) => (release = resolve));
        inPass--;
        return undefined;
      },
    });
    const first = loop.kick();
    await vi.waitFor(() => expect(passes).toBe(1));
    const second = loop.kick();
    const third = loop.kick();
    release();
    await Promise.all([first, second, third]);
    expect(passes).toBe(2);
    expect(most).toBe(1);
  });

  it('sleeps until the time the pass gave, with an alarm that outlives the worker', async () => {
    const pass = vi.fn(async (): Promise<number | undefined> => NOW + 60_000);
    const loop = createWakeLoop({ alarm: 'wake', area: 'capture', doing: 'Test', now: () => NOW, pass });
    await loop.kick();
    expect((await fakeBrowser.alarms.get('wake'))?.scheduledTime).toBe(NOW + 60_000);
    expect(loop.owns({ name: 'wake' })).toBe(true);
    expect(loop.owns({ name: 'other' })).toBe(false);
    pass.mockResolvedValue(undefined);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pass).toHaveBeenCalledTimes(2);
    // Nothing due: no alarm left behind.
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('wake')).toBeUndefined());
  });

  it('a pass that throws is reported once and scheduled again — the loop is never left asleep', async () => {
    const pass = vi.fn(async (): Promise<number | undefined> => {
      throw new TypeError('storage went away');
    });
    const loop = createWakeLoop({ alarm: 'wake', area: 'upload', doing: 'Moving uploads along', now: () => NOW, pass });
    await expect(loop.kick()).resolves.toBeUndefined();
    expect((await fakeBrowser.alarms.get('wake'))?.scheduledTime).toBe(NOW + AFTER_ERROR_MS);
    const log = await diagnosticsLogItem.getValue();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ level: 'error', area: 'upload', message: 'Moving uploads along: TypeError: storage went away' });
    // And it runs again by itself.
    pass.mockResolvedValue(undefined);
    await vi.advanceTimersByTimeAsync(AFTER_ERROR_MS);
    expect(pass).toHaveBeenCalledTimes(2);
  });
});
