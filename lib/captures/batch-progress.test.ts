import { describe, expect, it } from 'vitest';
import { captureRecord } from '@/components/captures/test-records';
import { batchSummaries, FINISHED_BATCH_SHOWN_MS, latestBatch } from './batch-progress';

const job = (status: 'running' | 'completed' | 'failed') => ({ id: 'j', status, since: 0, polls: 1, nextPollAt: 0 });
const tag = (id: string, decidedAt: number) => ({ id, decidedAt, page: 'tiktok.com/@grid' });

const records = [
  captureRecord({ id: 'c1', status: 'delivered', job: job('completed'), batch: tag('b1', 100) }),
  captureRecord({ id: 'c2', status: 'delivered', job: job('running'), batch: tag('b1', 100) }),
  captureRecord({ id: 'c3', status: 'failed', error: { kind: 'network', code: 'x', message: 'x' }, batch: tag('b1', 100) }),
  captureRecord({ id: 'c4', status: 'pending', waitsForCredits: true, batch: tag('b1', 100) }),
  captureRecord({ id: 'c5', status: 'delivered', job: job('failed'), batch: tag('b1', 100) }),
  captureRecord({ id: 'c6', status: 'delivered', job: job('completed'), batch: tag('b0', 50) }),
  captureRecord({ id: 'c7', status: 'pending' }),
];

describe('batch progress', () => {
  it('counts each batch from its records, newest first; captures outside a batch are in none', () => {
    const [latest, older] = batchSummaries(records);
    expect(latest).toMatchObject({ id: 'b1', total: 5, done: 1, active: 1, failed: 2, waiting: 1, failedIds: ['c3', 'c5'] });
    expect(older).toMatchObject({ id: 'b0', total: 1, done: 1 });
  });

  it('the popup shows the latest batch while it goes, and for a while after it finished', () => {
    expect(latestBatch(records, 10_000_000)?.id).toBe('b1');
    const finished = [captureRecord({ id: 'c1', status: 'delivered', job: job('completed'), batch: tag('b2', 1000) })];
    expect(latestBatch(finished, 1000 + FINISHED_BATCH_SHOWN_MS - 1)?.id).toBe('b2');
    expect(latestBatch(finished, 1000 + FINISHED_BATCH_SHOWN_MS)).toBeNull();
    expect(latestBatch([captureRecord({ id: 'c9' })], 0)).toBeNull();
  });
});
