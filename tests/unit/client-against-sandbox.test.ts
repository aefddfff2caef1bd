/**
 * lib/api's client against the real sandbox server: the same code path the extension uses,
 * over HTTP, with the sandbox's faults standing in for a misbehaving network.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSumeClient, type SumeClient } from '../../lib/api/client';
import type { SumeApiError } from '../../lib/api/errors';
import { startSandbox, type Sandbox } from '../sandbox/server';

let sandbox: Sandbox;
let client: SumeClient;
let sleeps: number[];

const control = (path: string, body?: unknown) =>
  fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((r) => r.json() as Promise<any>);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined as never,
    (e: unknown) => e as SumeApiError,
  );

const TIKTOK = 'https://www.tiktok.com/@sume.ads/video/7301234567890123456';

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, queuedMs: 30, runningMs: 60 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control('reset', {});
  await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
  sleeps = [];
  client = createSumeClient({
    baseUrl: sandbox.baseUrl,
    getApiKey: () => sandbox.demoKey,
    fetch: (input, init) => fetch(input, init),
    sleep: async (ms) => void sleeps.push(ms),
    timeoutMs: 2000,
  });
});

describe('the client against the sandbox', () => {
  it('reads the account and credits', async () => {
    const me = await client.me();
    expect(me.user.name).toBe('Sandbox Demo');
    expect(me.workspace.name).toBe('Sandbox Workspace');
    await expect(client.credits()).resolves.toMatchObject({ remaining_credits: 100 });
  });

  it('starts a reference analysis, follows the job to its result', async () => {
    // A job that stays queued until it is finished by hand: "not yet" is then certain, however
    // slow the machine (the reset before each test restores the fast clock).
    await control('config', { queuedMs: 600_000 });
    const created = await client.createReferenceAnalysis({ url: TIKTOK, idempotencyKey: 'k-1' });
    expect(created.jobId).toMatch(/^job_/);
    expect(created.requiredCredits).toBe(5);
    expect((await client.getJob(created.jobId)).status).toBe('queued');
    const early = await failure(client.getJobResult(created.jobId));
    expect(early).toMatchObject({ status: 409, code: 'job_not_completed' });
    await control(`jobs/${created.jobId}/complete`, {});
    expect((await client.getJob(created.jobId)).status).toBe('completed');
    const { result } = await client.getJobResult(created.jobId);
    expect(result).toMatchObject({ summary: expect.any(String) });
    const list = await client.listJobs({ type: 'reference_analysis', limit: 10 });
    expect(list.data.map((j) => j.id)).toContain(created.jobId);
  });

  it('a retried create with the same key spends credits once', async () => {
    await control('faults', { method: 'POST', path: '/api/v1/reference-analysis', drop: true, times: 1 });
    const first = await client.createReferenceAnalysis({ url: TIKTOK, idempotencyKey: 'same' });
    const again = await client.createReferenceAnalysis({ url: TIKTOK, idempotencyKey: 'same' });
    expect(again.jobId).toBe(first.jobId);
    const state = await control('state');
    expect(state.jobs).toHaveLength(1);
    expect(state.credits.remaining).toBe(95);
  });

  it.each([
    ['a profile URL', 'https://www.tiktok.com/@sume.ads', 422, 'unsupported_url'],
    ['a look-alike host', 'https://tiktok.com.evil.example/@a/video/7301234567890123456', 422, 'unsupported_url'],
  ])('refuses %s with the API’s error', async (_what, url, status, code) => {
    const error = await failure(client.createReferenceAnalysis({ url, idempotencyKey: `k-${url}` }));
    expect(error).toMatchObject({ kind: 'http', status, code, requestId: expect.stringMatching(/^req_/) });
  });

  it('402 insufficient_credits is not retried', async () => {
    await control('credits', { remaining: 2 });
    const error = await failure(client.createReferenceAnalysis({ url: TIKTOK, idempotencyKey: 'poor' }));
    expect(error).toMatchObject({ status: 402, code: 'insufficient_credits' });
    expect(sleeps).toEqual([]);
  });

  it('a wrong key gives 401 with a request id, never echoing the key', async () => {
    const wrong = createSumeClient({ baseUrl: sandbox.baseUrl, getApiKey: () => 'sume_live_wrong_key_123456', fetch: (i, init) => fetch(i, init) });
    const error = await failure(wrong.me());
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', requestId: expect.stringMatching(/^req_/) });
    expect(error.message).not.toContain('sume_live_wrong_key_123456');
  });

  it('a GET survives a 503 and a dropped connection', async () => {
    await control('faults', { path: '/api/v1/credits', status: 503, times: 1 });
    await control('faults', { path: '/api/v1/credits', drop: true, times: 1 });
    await expect(client.credits()).resolves.toMatchObject({ remaining_credits: 100 });
    expect(sleeps).toHaveLength(2);
  });

  it('a burst of 429s is waited out as Retry-After says', async () => {
    await control('faults', { path: '/api/v1/me', status: 429, retryAfter: 2, times: 2 });
    await expect(client.me()).resolves.toBeDefined();
    expect(sleeps).toEqual([2000, 2000]);
  });

  it('a malformed body becomes invalid_response', async () => {
    // Tried again within the call (lib/retry): malformed every time.
    await control('faults', { path: '/api/v1/me', malformed: true, times: 3 });
    const error = await failure(client.me());
    expect(error).toMatchObject({ kind: 'invalid_response' });
  });

  it('uploads through presign → PUT → finalize without sending the key to storage', async () => {
    const bytes = new Uint8Array(256 * 1024).map((_, i) => i % 251);
    const presign = await client.presignUpload({ filename: 'frame.png', contentType: 'image/png', sizeBytes: bytes.byteLength, idempotencyKey: 'p-1' });
    // The sandbox's storage target rejects any request carrying Authorization: success proves it was not sent.
    await client.uploadToSignedUrl(presign, new Blob([bytes], { type: 'image/png' }));
    const finalized = await client.finalizeAsset({
      storageKey: presign.storageKey,
      filename: 'frame.png',
      title: 'Hook frame',
      sourceUrl: TIKTOK,
      idempotencyKey: 'f-1',
    });
    expect(finalized.asset.id).toMatch(/^asset_/);
    expect(finalized.ingestJobId).toMatch(/^job_/);
    await expect(client.getAsset(finalized.asset.id)).resolves.toMatchObject({ id: finalized.asset.id, title: 'Hook frame' });
    // Like Sume, the asset becomes searchable once its ingest job has finished.
    await expect
      .poll(async () => (await client.searchAssets({ q: 'hook', limit: 5 })).data.map((a) => a.id), { timeout: 5000, interval: 50 })
      .toContain(finalized.asset.id);
    const state = await control('state');
    expect(state.uploads[0]).toMatchObject({ status: 'uploaded', received_bytes: bytes.byteLength });
  });

  it('an expired signed URL is recognised as such', async () => {
    await control('config', { signedUrlTtlMs: 1 });
    const presign = await client.presignUpload({ filename: 'a.png', contentType: 'image/png', sizeBytes: 3, idempotencyKey: 'p-exp' });
    await new Promise((r) => setTimeout(r, 20));
    const error = await failure(client.uploadToSignedUrl(presign, new Blob(['abc'], { type: 'image/png' })));
    expect(error).toMatchObject({ code: 'upload_url_expired' });
    expect(error.message).not.toContain('sig=');
  });
});
