import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from './capture-record';
import { creditsSpentInWindow, isInFlight, isShortOfCredits, reasonToAsk, releasableForCredits, SPENDING_WINDOW_MS, type SpendCheck } from './spending';

const NOW = 1_800_000_000_000;
let next = 0;
function record(overrides: Partial<CaptureRecord>): CaptureRecord {
  next += 1;
  return {
    id: `c${next}`,
    url: `https://www.tiktok.com/@a/video/${next}`,
    source: 'button',
    idempotencyKey: `k${next}`,
    status: 'pending',
    attempts: 0,
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...overrides,
  };
}
const job = (status: 'running' | 'completed' | 'failed') => ({ id: 'j', status, since: 0, polls: 0, nextPollAt: 0 });

describe('credits spent in the last hour, derived from the captures', () => {
  it.each([
    ['a delivered capture costs what Sume said', [record({ status: 'delivered', jobId: 'j', requiredCredits: 5, job: job('running') })], 5],
    ['one on its way costs the last price Sume named', [record({ status: 'pending' })], 7],
    ['one Sume never accepted cost nothing', [record({ status: 'failed', error: { kind: 'http', status: 422, code: 'x', message: 'm' } })], 0],
    ['one whose job failed at Sume was still paid for', [record({ status: 'delivered', jobId: 'j', requiredCredits: 5, job: job('failed') })], 5],
    ['older than an hour is outside the window', [record({ status: 'delivered', jobId: 'j', requiredCredits: 5, createdAt: NOW - SPENDING_WINDOW_MS })], 0],
  ])('%s', (_story, records, spent) => {
    expect(creditsSpentInWindow(records, NOW, 7)).toBe(spent);
  });

  it('with no price ever named, each capture counts as 1 credit', () => {
    expect(creditsSpentInWindow([record({}), record({})], NOW, null)).toBe(2);
  });
});

describe('when a capture waits for the person’s word', () => {
  const quiet: SpendCheck = { confirmSetting: false, previous: undefined, unverified: false, spentInWindow: 0, price: 5, limitPerHour: 20 };

  it.each<[string, Partial<SpendCheck>, ReturnType<typeof reasonToAsk>]>([
    ['confirmation off, within the limit: it goes', {}, null],
    ['confirmation on', { confirmSetting: true }, 'confirm_setting'],
    ['the reel was captured before (even with confirmation off)', { previous: 'done' }, 'already_captured'],
    ['a reel on its way is named as such rather than sent twice', { previous: 'analyzing', confirmSetting: true }, 'already_captured'],
    ['the click may not have been meant for this reel', { unverified: true }, 'unverified_item'],
    ['exactly at the limit: it goes', { spentInWindow: 15 }, null],
    ['one credit over the limit: it asks', { spentInWindow: 16 }, 'spending_limit'],
    ['a limit of 0 asks every time', { limitPerHour: 0 }, 'spending_limit'],
    ['a known balance short of the price asks, instead of sending into a 402', { remaining: 3 }, 'short_of_credits'],
    ['a balance that covers it exactly: it goes', { remaining: 5 }, null],
    ['an unknown balance is not short', { remaining: undefined }, null],
    ['short and captured before: the earlier capture is what it asks about', { remaining: 0, previous: 'done' }, 'already_captured'],
  ])('%s', (_story, overrides, reason) => {
    expect(reasonToAsk({ ...quiet, ...overrides })).toBe(reason);
  });
});

describe('in flight', () => {
  it.each<[CaptureRecord, boolean]>([
    [record({ status: 'pending' }), true],
    [record({ status: 'sending' }), true],
    [record({ status: 'waiting_retry' }), true],
    [record({ status: 'delivered', job: job('running') }), true],
    [record({ status: 'delivered', job: job('completed') }), false],
    [record({ status: 'failed' }), false],
  ])('%#', (capture, inFlight) => expect(isInFlight(capture)).toBe(inFlight));
});

describe('short of credits', () => {
  it.each<[number | undefined, number | undefined, boolean]>([
    [0, undefined, true],
    [1, undefined, false],
    [3, 5, true],
    [5, 5, false],
    [undefined, 5, false],
  ])('balance %s, price %s: short %s', (remaining, price, short) => {
    expect(isShortOfCredits(remaining, price)).toBe(short);
  });
});

describe('captures saved for later go once the balance covers them', () => {
  const saved = (createdAt: number, requiredCredits?: number) =>
    record({ waitsForCredits: true, createdAt, ...(requiredCredits !== undefined ? { requiredCredits } : {}) });

  it('oldest first, as many as the balance pays for, at their own or the last price', () => {
    const first = saved(1);
    const second = saved(2, 3);
    const third = saved(3);
    expect(releasableForCredits([third, first, second], 10, 5)).toEqual([first.id, second.id]);
    expect(releasableForCredits([third, first, second], 4, 5)).toEqual([]);
    expect(releasableForCredits([third, first, second], 13, 5)).toEqual([first.id, second.id, third.id]);
  });

  it('what is queued ahead and not yet charged is paid first: five sent of nine on a balance of five release nothing', () => {
    const sent = Array.from({ length: 5 }, () => record({ status: 'pending', createdAt: 1 }));
    const saved = Array.from({ length: 4 }, () => record({ waitsForCredits: true, createdAt: 2 }));
    expect(releasableForCredits([...sent, ...saved], 5, 1)).toEqual([]);
    // Once Sume took them (and charged), a top-up to 6 releases four: the balance is what is left.
    const taken = sent.map((r) => ({ ...r, status: 'delivered' as const, jobId: 'j' }));
    expect(releasableForCredits([...taken, ...saved], 6, 1)).toEqual(saved.map((r) => r.id));
  });

  it('only captures that wait for credits, and only while they have not gone', () => {
    const plain = record({ createdAt: 1 });
    const gone = record({ waitsForCredits: true, status: 'failed', createdAt: 2 });
    expect(releasableForCredits([plain, gone], 100, 1)).toEqual([]);
  });
});
