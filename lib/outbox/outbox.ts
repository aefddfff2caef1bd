/**
 * The outbox as a pure state machine: every capture is a record persisted (by the caller) before
 * any network call, carrying the idempotency key that makes every retry safe. These functions
 * decide what happens next; the background runs them and performs the calls.
 */
import type { SerializedSumeError } from '../api/errors';
import { backoffDelay, classifyFailure, OUTBOX_BACKOFF, type BackoffPolicy, type PauseReason, waitEndsWhenSumeIsBack } from '../retry/retry';

import type { CaptureSource } from '../captures/capture-record';
import type { OutboxStatus } from '../captures/phase';

export interface OutboxItem {
  id: string;
  url: string;
  source: CaptureSource;
  /** Created once, with the item: the same key on every attempt, so Sume creates one job at most. */
  idempotencyKey: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** When a waiting item may be tried again. */
  nextAttemptAt?: number;
  jobId?: string;
  requiredCredits?: number;
  error?: SerializedSumeError;
  /** Saved for later: not sent until the balance covers it (lib/captures/spending.ts releases it). */
  waitsForCredits?: boolean;
}

export type { PauseReason } from '../retry/retry';

export function createOutboxItem(input: Pick<OutboxItem, 'id' | 'url' | 'source' | 'idempotencyKey'>, now: number): OutboxItem {
  return { ...input, status: 'pending', attempts: 0, createdAt: now, updatedAt: now };
}

/** Not sent yet, or waiting to be sent again: what a rate limit holds back. */
const isUnsent = (item: OutboxItem) => item.status === 'pending' || item.status === 'waiting_retry';

/**
 * Items that may be sent now, oldest first. None while the queue is paused; none saved for later;
 * none held back (a pending item may carry a time too: see holdForRateLimit).
 */
export function dueItems<T extends OutboxItem>(items: readonly T[], now: number, paused: PauseReason | null): T[] {
  if (paused) return [];
  return items.filter((item) => !item.waitsForCredits && isUnsent(item) && (item.nextAttemptAt ?? 0) <= now).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * When the next waiting or held item becomes due (for an alarm), or undefined if nothing waits. A
 * pending item already due is the pass's to send, not a reason to wake (while paused, it waits for
 * the pause to lift, which kicks the loop itself).
 */
export function nextWakeAt(items: readonly OutboxItem[], now: number): number | undefined {
  const held = (item: OutboxItem) => item.status === 'waiting_retry' || (item.nextAttemptAt ?? 0) > now;
  const times = items
    .filter((item) => !item.waitsForCredits && isUnsent(item) && item.nextAttemptAt !== undefined && held(item))
    .map((item) => item.nextAttemptAt ?? 0);
  return times.length ? Math.min(...times) : undefined;
}

/**
 * Sume said "too many requests, try again at `until`": the whole queue waits until then, not only the
 * item that was told. Without this, a batch of fifty would spend its attempts one 429 after another
 * and fail; with it, a rate limit slows the batch down and nothing else happens. Returns the items it
 * held back (still pending: a person sees them as queued).
 */
export function holdForRateLimit<T extends OutboxItem>(items: readonly T[], until: number, now: number): T[] {
  return items
    .filter((item) => !item.waitsForCredits && isUnsent(item) && (item.nextAttemptAt ?? 0) < until)
    .map((item) => ({ ...item, nextAttemptAt: until, updatedAt: now }));
}

export function markSending<T extends OutboxItem>(item: T, now: number): T {
  return { ...item, status: 'sending', attempts: item.attempts + 1, updatedAt: now };
}

export function markDelivered<T extends OutboxItem>(item: T, result: { jobId: string; requiredCredits?: number }, now: number): T {
  const { error: _dropped, nextAttemptAt: _none, ...rest } = item;
  return {
    ...rest,
    status: 'delivered',
    jobId: result.jobId,
    ...(result.requiredCredits !== undefined ? { requiredCredits: result.requiredCredits } : {}),
    updatedAt: now,
  } as T;
}

/** After a failed attempt: wait and retry (Retry-After honoured), or stop with the reason. */
export function markFailedAttempt<T extends OutboxItem>(
  item: T,
  error: SerializedSumeError,
  now: number,
  options: { policy?: BackoffPolicy; random?: () => number } = {},
): { item: T; pause: PauseReason | null } {
  const verdict = classifyFailure(error);
  if (!verdict.retry) return { item: { ...item, status: 'failed', error, updatedAt: now }, pause: verdict.pause };
  const wait = backoffDelay(item.attempts, options.policy ?? OUTBOX_BACKOFF, { random: options.random ?? Math.random, retryAfterMs: error.retryAfterMs });
  return { item: { ...item, status: 'waiting_retry', error, nextAttemptAt: now + wait, updatedAt: now }, pause: null };
}

/**
 * A worker stopped mid-send leaves an item in `sending`: on start it becomes pending again and is
 * re-sent with the same idempotency key, so the job is never created twice.
 */
export function recoverInterrupted<T extends OutboxItem>(items: readonly T[], now: number): T[] {
  return items.map((item) => (item.status === 'sending' ? { ...item, status: 'pending', updatedAt: now } : item));
}

/** Sume answers again after an outage: items waiting out its backoff go now (retry.ts decides which). */
export function dueNowThatSumeIsBack<T extends OutboxItem>(items: readonly T[], now: number): T[] {
  return items
    .filter((item) => item.status === 'waiting_retry' && (item.nextAttemptAt ?? 0) > now && waitEndsWhenSumeIsBack(item.error))
    .map((item) => ({ ...item, nextAttemptAt: now, updatedAt: now }));
}

/** The user asks to try a failed item again (after fixing the key or topping up). */
export function retryItem<T extends OutboxItem>(item: T, now: number): T {
  if (item.status !== 'failed') return item;
  const { error: _dropped, ...rest } = item;
  return { ...rest, status: 'pending', nextAttemptAt: now, updatedAt: now } as T;
}
