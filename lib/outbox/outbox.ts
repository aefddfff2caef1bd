/**
 * The outbox as a pure state machine: every capture is a record persisted (by the caller) before
 * any network call, carrying the idempotency key that makes every retry safe. These functions
 * decide what happens next; the background runs them and performs the calls.
 */
import type { SerializedSumeError } from '../api/errors';

export type OutboxStatus = 'pending' | 'sending' | 'waiting_retry' | 'delivered' | 'failed';

export interface OutboxItem {
  id: string;
  url: string;
  source: 'button' | 'popup' | 'context_menu' | 'shortcut';
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
}

/** Why the whole queue stops: the account, not the item, is the problem. */
export type PauseReason = 'unauthorized' | 'forbidden' | 'insufficient_credits';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

export const OUTBOX_RETRY: RetryPolicy = { baseDelayMs: 2_000, maxDelayMs: 10 * 60_000 };

export function createOutboxItem(input: Pick<OutboxItem, 'id' | 'url' | 'source' | 'idempotencyKey'>, now: number): OutboxItem {
  return { ...input, status: 'pending', attempts: 0, createdAt: now, updatedAt: now };
}

/** Items that may be sent now, oldest first. None while the queue is paused. */
export function dueItems<T extends OutboxItem>(items: readonly T[], now: number, paused: PauseReason | null): T[] {
  if (paused) return [];
  return items
    .filter((item) => item.status === 'pending' || (item.status === 'waiting_retry' && (item.nextAttemptAt ?? 0) <= now))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** When the next waiting item becomes due (for an alarm), or undefined if nothing waits. */
export function nextWakeAt(items: readonly OutboxItem[]): number | undefined {
  const times = items.filter((item) => item.status === 'waiting_retry').map((item) => item.nextAttemptAt ?? 0);
  return times.length ? Math.min(...times) : undefined;
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

/** Which errors retrying cannot fix, and whether they are about the account (pause everything). */
export function classify(error: SerializedSumeError): { retry: true } | { retry: false; pause: PauseReason | null } {
  if (error.kind === 'network' || error.kind === 'timeout') return { retry: true };
  if (error.kind === 'http' && error.status !== undefined) {
    if (error.status === 401 || error.code === 'no_api_key') return { retry: false, pause: 'unauthorized' };
    if (error.status === 403) return { retry: false, pause: 'forbidden' };
    if (error.status === 402 || error.code === 'insufficient_credits') return { retry: false, pause: 'insufficient_credits' };
    if (error.status === 408 || error.status === 429 || error.status >= 500) return { retry: true };
    return { retry: false, pause: null };
  }
  if (error.code === 'no_api_key') return { retry: false, pause: 'unauthorized' };
  // An answer we cannot read may be a proxy's page during an outage: try again later.
  return error.kind === 'invalid_response' ? { retry: true } : { retry: false, pause: null };
}

export function backoffMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

/** After a failed attempt: wait and retry (Retry-After honoured), or stop with the reason. */
export function markFailedAttempt<T extends OutboxItem>(
  item: T,
  error: SerializedSumeError,
  now: number,
  options: { policy?: RetryPolicy; random?: () => number } = {},
): { item: T; pause: PauseReason | null } {
  const verdict = classify(error);
  if (!verdict.retry) return { item: { ...item, status: 'failed', error, updatedAt: now }, pause: verdict.pause };
  const wait = Math.max(backoffMs(item.attempts, options.policy ?? OUTBOX_RETRY, options.random ?? Math.random), error.retryAfterMs ?? 0);
  return { item: { ...item, status: 'waiting_retry', error, nextAttemptAt: now + wait, updatedAt: now }, pause: null };
}

/**
 * A worker stopped mid-send leaves an item in `sending`: on start it becomes pending again and is
 * re-sent with the same idempotency key, so the job is never created twice.
 */
export function recoverInterrupted<T extends OutboxItem>(items: readonly T[], now: number): T[] {
  return items.map((item) => (item.status === 'sending' ? { ...item, status: 'pending', updatedAt: now } : item));
}

/** The user asks to try a failed item again (after fixing the key or topping up). */
export function retryItem<T extends OutboxItem>(item: T, now: number): T {
  if (item.status !== 'failed') return item;
  const { error: _dropped, ...rest } = item;
  return { ...rest, status: 'pending', nextAttemptAt: now, updatedAt: now } as T;
}
