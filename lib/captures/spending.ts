/**
 * Credits are the user's money: when a capture may go without asking, and what was spent in the
 * last hour. Pure; the background feeds it the records, the settings and the price Sume last named.
 * What was spent is derived from the capture records themselves, never kept as a second tally.
 */
import { capturePhase, type CaptureRecord, type CapturePhase } from './capture-record';

export const SPENDING_WINDOW_MS = 60 * 60_000;

/** Why a capture waits for the person's word in the extension's own surface. */
export const ASK_REASONS = ['confirm_setting', 'already_captured', 'unverified_item', 'short_of_credits', 'spending_limit', 'cannot_send'] as const;
export type AskReason = (typeof ASK_REASONS)[number];

/** What a capture costs: Sume's own figure once it answered, else the last price it named, else 1. */
export function priceOf(record: CaptureRecord, lastPrice: number | null): number {
  return record.requiredCredits ?? lastPrice ?? 1;
}

/**
 * Credits spent, or about to be, by captures started in the window ending at `now`. A capture Sume
 * never accepted (it failed on the way) cost nothing.
 */
export function creditsSpentInWindow(records: readonly CaptureRecord[], now: number, lastPrice: number | null): number {
  let spent = 0;
  for (const record of records) {
    if (record.createdAt <= now - SPENDING_WINDOW_MS) continue;
    if (record.status === 'failed' && record.jobId === undefined) continue;
    spent += priceOf(record, lastPrice);
  }
  return spent;
}

export interface SpendCheck {
  /** The user's "ask before spending credits" setting. */
  confirmSetting: boolean;
  /** Where an earlier capture of the same reel is, if any. */
  previous: CapturePhase | undefined;
  /** The content script could not be sure the click was meant for this reel (see run-capture.ts). */
  unverified: boolean;
  spentInWindow: number;
  /** What this analysis will cost, as far as is known. */
  price: number;
  limitPerHour: number;
  /** The balance as last known; a shortfall is said before anything is sent (and 402s). */
  remaining?: number | undefined;
}

/** Known to be too few credits for an analysis at `price` (an unknown balance is not short). */
export const isShortOfCredits = (remaining: number | undefined, price: number | undefined) => remaining !== undefined && remaining < (price ?? 1);

/** Null when the capture may go at once; otherwise why the person is asked first. */
export function reasonToAsk(check: SpendCheck): AskReason | null {
  if (check.previous !== undefined) return 'already_captured';
  if (check.confirmSetting) return 'confirm_setting';
  if (check.unverified) return 'unverified_item';
  if (isShortOfCredits(check.remaining, check.price)) return 'short_of_credits';
  if (check.spentInWindow + check.price > check.limitPerHour) return 'spending_limit';
  return null;
}

/** Not yet accepted by Sume (so not yet charged): queued, sending, or waiting to be sent again. */
const isUnsent = (record: CaptureRecord) =>
  record.jobId === undefined && (record.status === 'pending' || record.status === 'sending' || record.status === 'waiting_retry');

/** Captures of a reel that are still on their way: a second request for one is the same capture. */
export function isInFlight(record: CaptureRecord): boolean {
  const phase = capturePhase(record);
  return phase === 'queued' || phase === 'sending' || phase === 'analyzing';
}

/**
 * Captures saved for later go once the balance covers them: oldest first, each at its price, as
 * many as `remaining` pays for. The ids to release, in order.
 */
export function releasableForCredits(records: readonly CaptureRecord[], remaining: number, lastPrice: number | null): string[] {
  const waiting = records.filter((r) => r.waitsForCredits && r.status === 'pending').sort((a, b) => a.createdAt - b.createdAt);
  const released: string[] = [];
  // What is queued ahead and not yet charged will spend first: a batch that sent five of nine on a
  // balance of five leaves nothing for the four it saved, whenever that balance is read.
  const queuedAhead = records.filter((r) => !r.waitsForCredits && isUnsent(r)).reduce((sum, r) => sum + priceOf(r, lastPrice), 0);
  let left = remaining - queuedAhead;
  for (const record of waiting) {
    const price = priceOf(record, lastPrice);
    if (price > left) break;
    left -= price;
    released.push(record.id);
  }
  return released;
}
