/**
 * Captures saved for later wait for credits. Whenever Sume's balance is read (the popup opening, a
 * question being asked, after a spend) and covers them, they go, oldest first; a queue paused by a
 * 402 lifts the same way. While any wait, the balance is read again every 15 minutes, so they go by
 * themselves after a top-up even if nobody opens anything.
 */
import { browser } from 'wxt/browser';
import { outboxPauseItem, readCaptures, updateCaptures } from '../captures/capture-store';
import { releasableForCredits } from '../captures/spending';
import { report, reported } from '../diagnostics/report';
import { accountStateItem } from '../storage';
import { keepBalance } from '../storage/account';
import { lastRequiredCreditsItem } from '../storage/captures';
import type { CaptureRunner } from './capture-runner';
import { currentClient } from './sume-client';

export const CREDITS_WAIT_ALARM = 'sume-credits-wait';
const CHECK_EVERY_MINUTES = 15;

const anyWaiting = async () => (await readCaptures()).some((r) => r.waitsForCredits && r.status === 'pending');

export function createCreditsWait(runner: CaptureRunner) {
  /** Sends what `remaining` pays for, and lifts a pause for credits it covers. */
  async function release(remaining: number): Promise<void> {
    const lastPrice = await lastRequiredCreditsItem.getValue();
    const released = await updateCaptures((records) => {
      const ids = releasableForCredits([...records.values()], remaining, lastPrice);
      for (const id of ids) {
        const record = records.get(id);
        if (!record) continue;
        const { waitsForCredits: _, ...going } = record;
        records.set(id, going);
      }
      return ids;
    });
    let lifted = false;
    if ((await outboxPauseItem.getValue()) === 'insufficient_credits' && remaining >= (lastPrice ?? 1)) {
      await outboxPauseItem.setValue(null);
      lifted = true;
    }
    if (released.length > 0) {
      // ui-literal: not user-facing (a diagnostics log line for support, English like the rest of the log)
      const message = released.length === 1 ? 'Credits are back: 1 saved capture sent.' : `Credits are back: ${released.length} saved captures sent.`;
      await report({ level: 'info', area: 'capture', message });
    }
    if (released.length > 0 || lifted) await runner.kick();
    if (!(await anyWaiting())) await browser.alarms.clear(CREDITS_WAIT_ALARM);
  }

  /** Reads the balance while something waits; the account's watcher does the rest. */
  async function check(): Promise<void> {
    if (!(await anyWaiting())) {
      await browser.alarms.clear(CREDITS_WAIT_ALARM);
      return;
    }
    const credits = await (await currentClient())?.credits();
    if (credits?.remaining_credits !== undefined) {
      await keepBalance(credits.remaining_credits);
      await release(credits.remaining_credits);
    }
  }

  /** A capture was saved for later: look at the balance from now on. */
  async function start(): Promise<void> {
    await browser.alarms.create(CREDITS_WAIT_ALARM, { periodInMinutes: CHECK_EVERY_MINUTES });
  }

  function register(): void {
    accountStateItem.watch((state) => {
      const remaining = state?.account?.remainingCredits;
      if (remaining !== undefined) void release(remaining).catch(reported('capture', 'Sending captures saved for later'));
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CREDITS_WAIT_ALARM) void check().catch(reported('capture', 'Looking at the balance for captures saved for later'));
    });
  }

  return { register, start, release, check };
}

export type CreditsWait = ReturnType<typeof createCreditsWait>;
