import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SumeClient } from '../api/client';
import { SumeApiError } from '../api/errors';
import type { CaptureRecord } from '../captures/capture-record';
import { capturesItem, outboxPauseItem, readCaptures, readResult, updateCaptures } from '../captures/capture-store';
import { diagnosticsLogItem } from '../storage/diagnostics-log';
import { idb, RESULTS } from '../storage/database';
import { createOutboxItem } from '../outbox/outbox';
import { deliverDue } from './deliver-captures';
import { pollDue } from './poll-jobs';

const URL_A = 'https://www.tiktok.com/@a/video/7301234567890123456';
const URL_B = 'https://www.instagram.com/reel/CodeAbc123_/';

async function enqueue(id: string, url: string, createdAt = 0): Promise<void> {
  await updateCaptures((records) => records.set(id, createOutboxItem({ id, url, source: 'button', idempotencyKey: `key-${id}` }, createdAt)));
}

function client(overrides: Partial<Record<keyof SumeClient, unknown>>): SumeClient {
  return overrides as unknown as SumeClient;
}

const byId = async () => new Map((await readCaptures()).map((r) => [r.id, r]));

describe('delivering the outbox', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends each due capture once, with its own idempotency key, and starts tracking the job', async () => {
    await enqueue('a', URL_A, 1);
    await enqueue('b', URL_B, 2);
    const create = vi.fn(async ({ idempotencyKey }: { idempotencyKey: string }) => ({
      jobId: `job_${idempotencyKey}`,
      requiredCredits: 5,
      status: 'queued' as const,
    }));
    // Every step is written to storage as it happens (open tabs and pages follow those writes).
    const changes: string[] = [];
    const unwatch = capturesItem.watch((next) => {
      for (const r of Object.values(next ?? {}) as CaptureRecord[]) if (!changes.includes(`${r.id}:${r.status}`)) changes.push(`${r.id}:${r.status}`);
    });
    await deliverDue(client({ createReferenceAnalysis: create }), () => 100);
    unwatch();
    expect(create.mock.calls.map(([request]) => request)).toEqual([
      { url: URL_A, idempotencyKey: 'key-a' },
      { url: URL_B, idempotencyKey: 'key-b' },
    ]);
    const records = await byId();
    expect(records.get('a')).toMatchObject({ status: 'delivered', jobId: 'job_key-a', job: { id: 'job_key-a', status: 'queued', nextPollAt: 2100 } });
    expect(changes.filter((c) => !c.endsWith(':pending'))).toEqual(['a:sending', 'a:delivered', 'b:sending', 'b:delivered']);
  });

  it('a network error keeps the capture and schedules a retry with the same key', async () => {
    await enqueue('a', URL_A);
    const create = vi.fn(async () => {
      throw new SumeApiError({ kind: 'network', code: 'network_error', message: 'offline' });
    });
    await deliverDue(client({ createReferenceAnalysis: create }), () => 0);
    expect((await byId()).get('a')).toMatchObject({ status: 'waiting_retry', idempotencyKey: 'key-a', attempts: 1 });
  });

  it('402 stops the capture, pauses the queue, and sends nothing more', async () => {
    await enqueue('a', URL_A, 1);
    await enqueue('b', URL_B, 2);
    const create = vi.fn(async () => {
      throw new SumeApiError({ kind: 'http', status: 402, code: 'insufficient_credits', message: 'Top up' });
    });
    const { pausedBy, failed } = await deliverDue(client({ createReferenceAnalysis: create }), () => 0);
    expect(pausedBy).toBe('insufficient_credits');
    expect(failed.map((r) => r.id)).toEqual(['a']);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await outboxPauseItem.getValue()).toBe('insufficient_credits');
    expect((await byId()).get('b')?.status).toBe('pending');
    // Paused: the next pass sends nothing.
    await deliverDue(client({ createReferenceAnalysis: create }), () => 0);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a 429 slows the queue down: one request, then everything waits as long as Sume said, then goes', async () => {
    for (const [i, id] of ['a', 'b', 'c'].entries()) await enqueue(id, `${URL_A.slice(0, -1)}${i}`, i);
    let limited = true;
    const create = vi.fn(async ({ idempotencyKey }: { idempotencyKey: string }) => {
      if (limited) throw new SumeApiError({ kind: 'http', status: 429, code: 'rate_limit_exceeded', message: 'Slow down', retryAfterMs: 20_000 });
      return { jobId: `job_${idempotencyKey}`, status: 'queued' as const };
    });
    const credits = vi.fn(async () => ({}));
    await deliverDue(client({ createReferenceAnalysis: create, credits }), () => 1000);
    expect(create).toHaveBeenCalledTimes(1);
    const held = await byId();
    expect(held.get('a')).toMatchObject({ status: 'waiting_retry', attempts: 1 });
    expect(held.get('b')).toMatchObject({ status: 'pending', attempts: 0 });
    const until = held.get('a')?.nextAttemptAt ?? 0;
    expect(until).toBeGreaterThanOrEqual(21_000);
    expect([held.get('b')?.nextAttemptAt, held.get('c')?.nextAttemptAt]).toEqual([until, until]);
    // Before then, nothing goes; then all three, each once, with their own keys.
    await deliverDue(client({ createReferenceAnalysis: create, credits }), () => until - 1);
    expect(create).toHaveBeenCalledTimes(1);
    limited = false;
    await deliverDue(client({ createReferenceAnalysis: create, credits }), () => until);
    expect(create.mock.calls.slice(1).map(([request]) => request.idempotencyKey)).toEqual(['key-a', 'key-b', 'key-c']);
    expect([...(await byId()).values()].every((record) => record.status === 'delivered')).toBe(true);
  });

  it('a worker stopped mid-send resumes with the same key (no second job)', async () => {
    await enqueue('a', URL_A);
    await updateCaptures((records) => records.set('a', { ...records.get('a')!, status: 'sending', attempts: 1 }));
    const { recoverInterrupted } = await import('../outbox/outbox');
    await updateCaptures((records) => {
      for (const r of recoverInterrupted([...records.values()], 5)) records.set(r.id, r);
    });
    const create = vi.fn(async () => ({ jobId: 'job_1', status: 'queued' as const, requiredCredits: undefined }));
    await deliverDue(client({ createReferenceAnalysis: create }), () => 10);
    expect(create).toHaveBeenCalledWith({ url: URL_A, idempotencyKey: 'key-a' });
  });
});

describe('polling jobs', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await idb(RESULTS, 'readwrite', (store) => store.clear());
  });

  async function delivered(id: string, jobId: string, nextPollAt = 0): Promise<void> {
    await enqueue(id, URL_A);
    await updateCaptures((records) =>
      records.set(id, { ...records.get(id)!, status: 'delivered', jobId, job: { id: jobId, status: 'queued', since: 0, polls: 0, nextPollAt } }),
    );
  }

  it('no active job: no request at all', async () => {
    const getJob = vi.fn();
    await pollDue(client({ getJob, listJobs: getJob }), () => 1e9);
    expect(getJob).not.toHaveBeenCalled();
  });

  it('a completed job has its result stored before it counts as done', async () => {
    await delivered('a', 'job_1');
    const api = client({
      getJob: vi.fn(async () => ({ id: 'job_1', status: 'completed' })),
      getJobResult: vi.fn(async () => ({ result: { summary: 'Hook in 1 s' } })),
    });
    const { finished } = await pollDue(api, () => 50);
    expect(finished.map((r) => r.id)).toEqual(['a']);
    expect((await byId()).get('a')).toMatchObject({ hasResult: true, job: { status: 'completed', finishedAt: 50 } });
    expect((await readResult('a'))?.result).toEqual({ summary: 'Hook in 1 s' });
  });

  it('a result that fails to arrive keeps the job polled instead of done', async () => {
    await delivered('a', 'job_1');
    const api = client({
      getJob: vi.fn(async () => ({ id: 'job_1', status: 'completed' })),
      getJobResult: vi.fn(async () => {
        throw new SumeApiError({ kind: 'http', status: 503, code: 'http_503', message: 'x' });
      }),
    });
    const { finished } = await pollDue(api, () => 50);
    expect(finished).toEqual([]);
    expect((await byId()).get('a')?.job).toMatchObject({ status: 'running' });
  });

  it('many due jobs: one list request, then per-job only for those it lacks', async () => {
    for (const n of [1, 2, 3, 4, 5]) await delivered(`c${n}`, `job_${n}`);
    const listJobs = vi.fn(async () => ({ data: [1, 2, 3, 4].map((n) => ({ id: `job_${n}`, status: 'running' })), hasMore: false, nextCursor: undefined }));
    const getJob = vi.fn(async (id: string) => ({ id, status: 'running' }));
    await pollDue(client({ listJobs, getJob }), () => 10);
    expect(listJobs).toHaveBeenCalledTimes(1);
    expect(getJob.mock.calls.map(([id]) => id)).toEqual(['job_5']);
  });

  it('a failed poll waits out Retry-After', async () => {
    await delivered('a', 'job_1');
    const getJob = vi.fn(async () => {
      throw new SumeApiError({ kind: 'http', status: 429, code: 'rate_limit_exceeded', message: 'slow', retryAfterMs: 60_000 });
    });
    await pollDue(client({ getJob }), () => 100);
    expect((await byId()).get('a')?.job?.nextPollAt).toBe(60_100);
  });

  it('a 12 MB result is kept (in IndexedDB, past storage.local’s 10 MB) and the capture is done', async () => {
    await delivered('a', 'job_1');
    const transcript = 'x'.repeat(12 * 1024 * 1024);
    const api = client({
      getJob: vi.fn(async () => ({ id: 'job_1', status: 'completed' })),
      getJobResult: vi.fn(async () => ({ result: { transcript } })),
    });
    const { finished } = await pollDue(api, () => 50);
    expect(finished.map((r) => r.id)).toEqual(['a']);
    expect((await byId()).get('a')).toMatchObject({ hasResult: true, job: { status: 'completed' } });
    expect(((await readResult('a'))!.result as { transcript: string }).transcript.length).toBe(transcript.length);
  });

  it('a result that does not fit on the disk: done all the same, said so, reported, and not downloaded again', async () => {
    await delivered('a', 'job_1');
    const getJobResult = vi.fn(async () => ({ result: { summary: 'big' } }));
    const getJob = vi.fn(async () => ({ id: 'job_1', status: 'completed' }));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const { finished } = await pollDue(client({ getJob, getJobResult }), () => 50);
      expect(finished.map((r) => r.id)).toEqual(['a']);
    } finally {
      put.mockRestore();
    }
    const record = (await byId()).get('a');
    expect(record).toMatchObject({ hasResult: false, job: { status: 'completed', finishedAt: 50 }, resultNotKept: { code: 'storage_full' } });
    expect(record?.resultNotKept?.message).toMatch(/no room left on this computer/);
    expect((await diagnosticsLogItem.getValue()).at(-1)).toMatchObject({
      level: 'error',
      area: 'storage',
      message: expect.stringMatching(/^Keeping an analysis result/),
    });
    // Later passes leave it be: no loop of downloads.
    await pollDue(client({ getJob, getJobResult }), () => 1e9);
    expect(getJobResult).toHaveBeenCalledTimes(1);
  });

  it('a result an earlier version kept in storage.local is read, and moved to IndexedDB', async () => {
    await fakeBrowser.storage.local.set({ 'result:old': { savedAt: 5, result: { summary: 'from before' } } });
    expect(await readResult('old')).toEqual({ savedAt: 5, result: { summary: 'from before' } });
    expect(await fakeBrowser.storage.local.get('result:old')).toEqual({});
    expect(await idb(RESULTS, 'readonly', (store) => store.get('old'))).toEqual({ savedAt: 5, result: { summary: 'from before' } });
  });
});

describe('stored records that fail their schema', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are set aside with the reason and reported on the next write, never dropped', async () => {
    await capturesItem.setValue({ broken: { id: 'broken', url: 42 } });
    await enqueue('a', URL_A);
    expect((await byId()).has('a')).toBe(true);
    const { quarantineItem } = await import('../storage/quarantine');
    const aside = await quarantineItem.getValue();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ from: 'captures/broken', value: { id: 'broken', url: 42 } });
    expect(aside[0]?.reason).toMatch(/url/);
    expect((await diagnosticsLogItem.getValue()).at(-1)).toMatchObject({ level: 'warn', area: 'storage', code: 'set_aside' });
  });
});
