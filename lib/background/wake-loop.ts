/**
 * The one way background work runs: a pass at a time (a kick during a pass asks for one more
 * pass after it), then sleep until the pass said the next thing is due — a timer while the
 * worker lives and an alarm that survives it being stopped. The next wake is scheduled in
 * `finally`: a pass that throws is reported once and tried again shortly, never left unscheduled.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../diagnostics/report';
import type { LogArea } from '../diagnostics/event-log';

/** How soon a pass that threw is tried again. */
export const AFTER_ERROR_MS = 30_000;
/** Browsers clamp alarms (Chrome: 30 s in a release build); the timer covers shorter waits. */
const MIN_ALARM_DELAY_MS = 1000;

export interface WakeLoopOptions {
  /** The alarm's name: one per loop. */
  alarm: string;
  /** Where its errors go in the diagnostics log, and what the loop does, for people. */
  area: LogArea;
  doing: string;
  /** One pass over the work; resolves with when work is next due (epoch ms), or undefined for never. */
  pass: () => Promise<number | undefined>;
  now?: () => number;
}

export interface WakeLoop {
  /** Runs a pass now (or one more after the running one); resolves when the loop is idle again. */
  kick(): Promise<void>;
  /** True when `alarm` is this loop's: the caller's onAlarm listener kicks it. */
  owns(alarm: { name: string }): boolean;
}

export function createWakeLoop(options: WakeLoopOptions): WakeLoop {
  const now = options.now ?? Date.now;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function schedule(at: number | undefined): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (at === undefined) {
      await browser.alarms.clear(options.alarm);
      return;
    }
    timer = setTimeout(() => void kick(), Math.max(0, at - now()));
    await browser.alarms.create(options.alarm, { when: Math.max(at, now() + MIN_ALARM_DELAY_MS) });
  }

  async function loop(): Promise<void> {
    let wakeAt: number | undefined;
    try {
      do {
        again = false;
        wakeAt = await options.pass();
      } while (again);
    } catch (error) {
      await reportError(options.area, options.doing, error);
      wakeAt = now() + AFTER_ERROR_MS;
    } finally {
      await schedule(wakeAt).catch((error: unknown) => reportError('worker', `Scheduling: ${options.doing}`, error));
    }
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = undefined;
    });
    return running;
  }

  return { kick, owns: (alarm) => alarm.name === options.alarm };
}
