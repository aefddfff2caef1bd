import { describe, expect, it } from 'vitest';
import type { SerializedSumeError } from '../api/errors';
import { httpFailure } from '../api/test-errors';
import {
  createOutboxItem,
  dueItems,
  dueNowThatSumeIsBack,
  markDelivered,
  markFailedAttempt,
  markSending,
  nextWakeAt,
  holdForRateLimit,
  recoverInterrupted,
  retryItem,
  type OutboxItem,
} from './outbox';

const base = () => createOutboxItem({ id: 'c1', url: 'https://www.tiktok.com/@a/video/7301234567890123456', source: 'button', idempotencyKey: 'k1' }, 1000);
const http = httpFailure;

describe('outbox transitions', () => {
  it('pending → sending → delivered keeps the same idempotency key and records the job', () => {
    const sending = markSending(base(), 2000);
    expect(sending).toMatchObject({ status: 'sending', attempts: 1, idempotencyKey: 'k1' });
    const delivered = markDelivered(sending, { jobId: 'job_1', requiredCredits: 5 }, 3000);
    expect(delivered).toMatchObject({ status: 'delivered', jobId: 'job_1', requiredCredits: 5, idempotencyKey: 'k1' });
  });

  it.each([
    ['a network error', { kind: 'network', code: 'network_error', message: 'offline' } as SerializedSumeError],
    ['a timeout', { kind: 'timeout', code: 'timeout', message: 'slow' } as SerializedSumeError],
    ['a 500', http(500, 'internal_error')],
    ['a 503', http(503, 'http_503')],
    ['a 429', http(429, 'rate_limit_exceeded')],
    ['an unreadable answer', { kind: 'invalid_response', code: 'invalid_response', message: 'html' } as SerializedSumeError],
  ])('%s is retried later, the item kept', (_what, error) => {
    const { item, pause } = markFailedAttempt(markSending(base(), 2000), error, 2000, { random: () => 1 });
    expect(item.status).toBe('waiting_retry');
    expect(item.nextAttemptAt).toBe(4000);
    expect(pause).toBeNull();
  });

  it('Retry-After wins over a shorter backoff', () => {
    const { item } = markFailedAttempt(markSending(base(), 0), http(429, 'rate_limit_exceeded', 30_000), 0, { random: () => 1 });
    expect(item.nextAttemptAt).toBe(30_000);
  });

  it('backoff grows with attempts and is capped', () => {
    let item = base();
    const waits: number[] = [];
    for (let n = 0; n < 12; n++) {
      item = markSending(item, 0);
      item = markFailedAttempt(item, http(503, 'x'), 0, { random: () => 1 }).item;
      waits.push(item.nextAttemptAt!);
    }
    expect(waits.slice(0, 4)).toEqual([2000, 4000, 8000, 16000]);
    expect(Math.max(...waits)).toBe(600_000);
  });

  it.each([
    [401, 'unauthorized', 'unauthorized'],
    [403, 'forbidden', 'forbidden'],
    [402, 'insufficient_credits', 'insufficient_credits'],
  ] as const)('%i stops the item and pauses the queue (%s)', (status, code, pause) => {
    const result = markFailedAttempt(markSending(base(), 0), http(status, code), 0);
    expect(result.item.status).toBe('failed');
    expect(result.item.error?.code).toBe(code);
    expect(result.pause).toBe(pause);
  });

  it('422 unsupported_url stops only that item', () => {
    const result = markFailedAttempt(markSending(base(), 0), http(422, 'unsupported_url'), 0);
    expect(result).toMatchObject({ item: { status: 'failed' }, pause: null });
  });

  it('a paused queue sends nothing; due items come oldest first', () => {
    const older = { ...base(), id: 'old', createdAt: 1 };
    const waiting: OutboxItem = { ...base(), id: 'w', status: 'waiting_retry', nextAttemptAt: 5000, createdAt: 0 };
    expect(dueItems([base(), older, waiting], 4000, null).map((i) => i.id)).toEqual(['old', 'c1']);
    expect(dueItems([base(), older, waiting], 5000, null).map((i) => i.id)).toEqual(['w', 'old', 'c1']);
    expect(dueItems([base(), older], 5000, 'insufficient_credits')).toEqual([]);
    expect(dueItems([{ ...base(), waitsForCredits: true }, older], 5000, null).map((i) => i.id)).toEqual(['old']);
    expect(nextWakeAt([base(), waiting], 4000)).toBe(5000);
    expect(nextWakeAt([base()], 4000)).toBeUndefined();
  });

  it('a rate limit holds the whole queue until Sume said, and the alarm is set for then', () => {
    const queued = Array.from({ length: 4 }, (_, i) => ({ ...base(), id: `q${i}`, createdAt: i }));
    const saved = { ...base(), id: 'later', waitsForCredits: true };
    const delivered: OutboxItem = { ...base(), id: 'done', status: 'delivered' };
    const held = holdForRateLimit([...queued, saved, delivered], 31_000, 1000);
    expect(held.map((item) => item.id)).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(held.every((item) => item.status === 'pending' && item.nextAttemptAt === 31_000)).toBe(true);
    expect(dueItems(held, 30_999, null)).toEqual([]);
    expect(dueItems(held, 31_000, null).map((item) => item.id)).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(nextWakeAt(held, 1000)).toBe(31_000);
    // Once due, a pending item is the pass's to send: no alarm for it (a paused queue would spin).
    expect(nextWakeAt(held, 31_000)).toBeUndefined();
    // An item already held longer keeps its own time.
    expect(holdForRateLimit([{ ...base(), nextAttemptAt: 40_000 }], 31_000, 1000)).toEqual([]);
  });

  it('an item interrupted mid-send (worker stopped) is sent again with the same key', () => {
    const [recovered] = recoverInterrupted([markSending(base(), 1)], 9);
    expect(recovered).toMatchObject({ status: 'pending', idempotencyKey: 'k1', attempts: 1 });
  });

  it('retrying a failed item clears its error; other states are left alone', () => {
    const failed = markFailedAttempt(markSending(base(), 0), http(402, 'insufficient_credits'), 0).item;
    expect(retryItem(failed, 10)).toMatchObject({ status: 'pending', idempotencyKey: 'k1' });
    expect(retryItem(failed, 10).error).toBeUndefined();
    expect(retryItem(base(), 10)).toEqual(base());
  });

  it('when Sume answers again after an outage, what waits out a backoff goes now; a rate limit’s wait stands', () => {
    const offline = markFailedAttempt(markSending(base(), 0), { kind: 'network', code: 'network_error', message: 'offline' }, 0, { random: () => 1 }).item;
    const down = markFailedAttempt(markSending({ ...base(), id: 'c2' }, 0), http(503, 'http_503'), 0, { random: () => 1 }).item;
    const limited = markFailedAttempt(markSending({ ...base(), id: 'c3' }, 0), http(429, 'rate_limit_exceeded', 30_000), 0).item;
    const pending = { ...base(), id: 'c4' };
    const due = dueNowThatSumeIsBack([offline, down, limited, pending], 500);
    expect(due.map((item) => [item.id, item.nextAttemptAt])).toEqual([
      ['c1', 500],
      ['c2', 500],
    ]);
    expect(dueItems(due, 500, null).map((item) => item.id)).toEqual(['c1', 'c2']);
  });
});
