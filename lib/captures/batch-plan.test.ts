import { describe, expect, it } from 'vitest';
import { captureRecord } from '@/components/captures/test-records';
import { planBatch, splitForChoice, type BatchPlanInput } from './batch-plan';

const video = (n: number) => `https://www.tiktok.com/@grid/video/73012345678901234${String(n).padStart(2, '0')}`;
const twelve = Array.from({ length: 12 }, (_, i) => video(i));
const job = { id: 'j', status: 'completed' as const, since: 0, polls: 1, nextPollAt: 0 };

// Three analyzed before (one under another handle: the same video), one on its way, one that failed.
const records = [
  captureRecord({ id: 'a0', url: video(0), status: 'delivered', job }),
  captureRecord({ id: 'a1', url: video(1).replace('@grid', '@someone.else'), status: 'delivered', job }),
  captureRecord({ id: 'a2', url: video(2), status: 'delivered', job }),
  captureRecord({ id: 'w3', url: video(3), status: 'pending' }),
  captureRecord({ id: 'f4', url: video(4), status: 'failed', error: { kind: 'network', code: 'network_error', message: 'offline' } }),
];

const input = (over: Partial<BatchPlanInput> = {}): BatchPlanInput => ({
  urls: twelve,
  records,
  price: 2,
  remaining: 100,
  spentInWindow: 0,
  limitPerHour: 50,
  includeAnalyzed: false,
  ...over,
});

describe('planning a batch', () => {
  it('skips what was analyzed (whatever handle its link had) and what is on its way; sends the rest, failed ones included', () => {
    const plan = planBatch(input());
    expect(plan.items.slice(0, 5).map((item) => [item.state, item.sends])).toEqual([
      ['analyzed', false],
      ['analyzed', false],
      ['analyzed', false],
      ['on_its_way', false],
      ['failed_before', true],
    ]);
    expect(plan.toSend).toEqual(twelve.slice(4));
    expect(plan).toMatchObject({ total: 16, fits: 8, overLimit: false });
  });

  it('analyzes the analyzed ones again only when the person includes them; never what is on its way', () => {
    const plan = planBatch(input({ includeAnalyzed: true }));
    expect(plan.toSend).toEqual([...twelve.slice(0, 3), ...twelve.slice(4)]);
    expect(plan.total).toBe(22);
  });

  it('the same reel selected twice is one item', () => {
    expect(planBatch(input({ urls: [video(5), video(5).replace('@grid', '@x'), video(6)] })).toSend).toEqual([video(5), video(6)]);
  });

  it.each([
    [100, 8],
    [10, 5],
    [9, 4],
    [1, 0],
    [0, 0],
    [-3, 0],
    [undefined, 8],
  ])('a balance of %s pays for %i of 8', (remaining, fits) => {
    expect(planBatch(input({ remaining })).fits).toBe(fits);
  });

  it('says when the batch goes past the hourly limit', () => {
    expect(planBatch(input({ spentInWindow: 40 })).overLimit).toBe(true);
    expect(planBatch(input({ spentInWindow: 34 })).overLimit).toBe(false);
  });

  it.each([
    ['send', 8, 0],
    ['send_fitting', 5, 3],
    ['save_all', 0, 8],
    ['cancel', 0, 0],
  ] as const)('%s: %i go now, %i wait for credits (balance 10 at 2 each)', (choice, sent, saved) => {
    const split = splitForChoice(planBatch(input({ remaining: 10 })), choice);
    expect([split.send.length, split.save.length]).toEqual([sent, saved]);
    // Whatever goes now is first in the person's selection order.
    expect(split.send).toEqual(twelve.slice(4, 4 + sent));
  });
});
