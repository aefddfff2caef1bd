import { describe, expect, it, vi } from 'vitest';
import { createSumeClient } from './client';
import { SumeApiError } from './errors';

const KEY = 'sume_live_abcdefghijklmnop1234';
const BASE = 'https://api.example.test/api/v1';

type Reply = { status?: number; body?: unknown; text?: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a script of replies and records every call. */
function scriptedFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const reply = replies.shift() ?? { status: 500, text: 'script exhausted' };
    if (reply instanceof Error) throw reply;
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    return new Response(text, { status: reply.status ?? 200, headers: reply.headers });
  });
  return { fetch, calls };
}

function client(fetch: ReturnType<typeof scriptedFetch>['fetch'], key: string | undefined = KEY) {
  return createSumeClient({ baseUrl: BASE, getApiKey: () => key, fetch, sleep: async () => {}, random: () => 1 });
}

const envelope = (code: string, message: string, requestId = 'req_123', details: unknown = null) => ({
  error: { code, message, details },
  request_id: requestId,
});

const job = { id: 'job_1', object: 'job', type: 'reference_analysis', status: 'queued', error: null };

describe('every method speaks the wire format', () => {
  it.each([
    [
      'me',
      (c: ReturnType<typeof client>) => c.me(),
      'GET',
      '/me',
      { user: { id: 'usr_1', email: 'a@b.c', name: 'Ada' }, workspace: { id: 'wks_1', name: 'Ads' }, api_key: { prefix: 'sume_live_ab', scopes: [] } },
    ],
    ['credits', (c: ReturnType<typeof client>) => c.credits(), 'GET', '/credits', { plan: 'pro', remaining_credits: 42 }],
    [
      'listJobs',
      (c: ReturnType<typeof client>) => c.listJobs({ limit: 5, type: 'reference_analysis' }),
      'GET',
      '/jobs?limit=5&type=reference_analysis',
      { object: 'list', data: [job], has_more: false, next_cursor: null },
    ],
    ['getJob', (c: ReturnType<typeof client>) => c.getJob('job_1'), 'GET', '/jobs/job_1', job],
    [
      'getJobResult',
      (c: ReturnType<typeof client>) => c.getJobResult('job_1'),
      'GET',
      '/jobs/job_1/result',
      { job: { ...job, status: 'completed' }, result: { summary: 'x' } },
    ],
    [
      'searchAssets',
      (c: ReturnType<typeof client>) => c.searchAssets({ q: 'hook', limit: 3 }),
      'GET',
      '/assets?q=hook&limit=3',
      { object: 'list', data: [{ id: 'asset_1', search: { mode: 'text', score: null, query: 'hook' } }], has_more: true, next_cursor: 'c2' },
    ],
    ['getAsset', (c: ReturnType<typeof client>) => c.getAsset('asset_1'), 'GET', '/assets/asset_1', { id: 'asset_1', title: 'Frame' }],
  ])('%s', async (_name, call, method, path, body) => {
    const { fetch, calls } = scriptedFetch({ body, headers: { 'x-request-id': 'req_ok' } });
    await expect(call(client(fetch))).resolves.toBeDefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.method).toBe(method);
    expect(calls[0]!.url).toBe(BASE + path);
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe(`Bearer ${KEY}`);
  });

  it('createReferenceAnalysis posts the url with an Idempotency-Key', async () => {
    const { fetch, calls } = scriptedFetch({ status: 202, body: { job_id: 'job_9', required_credits: 5 } });
    const created = await client(fetch).createReferenceAnalysis({ url: 'https://www.tiktok.com/@a/video/1', idempotencyKey: 'idem-1' });
    expect(created).toEqual({ jobId: 'job_9', requiredCredits: 5, status: 'queued' });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toBe('idem-1');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ url: 'https://www.tiktok.com/@a/video/1' });
  });

  it('accepts the job id inside job.id', async () => {
    const { fetch } = scriptedFetch({ body: { job: { id: 'job_7' }, required_credits: 3 } });
    await expect(client(fetch).createReferenceAnalysis({ url: 'u', idempotencyKey: 'k' })).resolves.toMatchObject({ jobId: 'job_7' });
  });

  it('presign → upload → finalize', async () => {
    const { fetch, calls } = scriptedFetch(
      {
        body: {
          upload_url: 'https://storage.example.test/put?sig=abc',
          method: 'PUT',
          required_headers: { 'Content-Type': 'image/png', Authorization: 'nope' },
          storage_key: 'uploads/w/1/a.png',
          expires_at: '2030-01-01T00:00:00Z',
        },
      },
      { status: 200, headers: { etag: '"e1"' } },
      { status: 201, body: { asset: { id: 'asset_1', status: 'processing' }, job_id: 'job_ingest' } },
    );
    const c = client(fetch);
    const presign = await c.presignUpload({ filename: 'a.png', contentType: 'image/png', sizeBytes: 3, idempotencyKey: 'p1' });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ filename: 'a.png', content_type: 'image/png', size_bytes: 3 });
    await expect(c.uploadToSignedUrl(presign, new Blob(['abc']))).resolves.toEqual({ etag: '"e1"' });
    expect(calls[1]!.init.headers).toEqual({ 'Content-Type': 'image/png' });
    const finalized = await c.finalizeAsset({ storageKey: presign.storageKey, filename: 'a.png', idempotencyKey: 'f1' });
    expect(finalized).toMatchObject({ asset: { id: 'asset_1' }, ingestJobId: 'job_ingest' });
  });

  it('uses X-Api-Key for legacy keys', async () => {
    const { fetch, calls } = scriptedFetch({ body: { remaining_credits: 1 } });
    await client(fetch, 'legacykey-1234567').credits();
    expect(calls[0]!.init.headers).toMatchObject({ 'X-Api-Key': 'legacykey-1234567' });
  });
});

describe('normalisation', () => {
  it.each([
    ['QUEUED', 'queued'],
    ['processing', 'processing'],
    ['Succeeded', 'completed'],
    ['success', 'completed'],
    ['complete', 'completed'],
    ['cancelled', 'canceled'],
    ['errored', 'failed'],
    ['error', 'failed'],
    ['expired', 'expired'],
    ['thinking', 'unknown'],
  ])('job status %s → %s', async (raw, status) => {
    const { fetch } = scriptedFetch({ body: { ...job, status: raw, extra: { kept: true } } });
    const got = await client(fetch).getJob('job_1');
    expect(got.status).toBe(status);
    expect(got.raw_status).toBe(raw);
    expect(got).toMatchObject({ extra: { kept: true } });
  });

  it('reads remaining credits under either name', async () => {
    const { fetch } = scriptedFetch({ body: { remaining: 9 } });
    await expect(client(fetch).credits()).resolves.toMatchObject({ remaining_credits: 9 });
  });
});

describe('every failure is one SumeApiError', () => {
  async function failure(...replies: Reply[]): Promise<SumeApiError> {
    const { fetch } = scriptedFetch(...replies);
    const error = await client(fetch)
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SumeApiError);
    return error as SumeApiError;
  }

  it.each([
    [401, 'unauthorized', 'Invalid API key'],
    [403, 'forbidden', 'Not allowed'],
    [402, 'insufficient_credits', 'Top up'],
    [404, 'not_found', 'Nope'],
    [422, 'unsupported_url', 'Private video'],
  ])('HTTP %i envelope keeps code, message and request_id', async (status, code, message) => {
    const error = await failure({ status, body: envelope(code, message, 'req_abc', { x: 1 }) });
    expect(error).toMatchObject({ kind: 'http', status, code, message, requestId: 'req_abc', details: { x: 1 }, operation: 'GET /me' });
    expect(error.retryable).toBe(false);
  });

  it('a non-JSON error body still becomes a clear error', async () => {
    const error = await failure(
      { status: 502, text: '<html><h1>Bad gateway</h1></html>', headers: { 'x-request-id': 'req_h' } },
      { status: 502, text: 'x' },
      { status: 502, text: '<b>Bad gateway</b>' },
    );
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'http_502' });
    expect(error.message).toBe('Sume answered HTTP 502: Bad gateway.');
  });

  it('a network failure', async () => {
    const error = await failure(new TypeError('Failed to fetch'), new TypeError('x'), new TypeError('x'));
    expect(error).toMatchObject({ kind: 'network', code: 'network_error' });
    expect(error.retryable).toBe(true);
  });

  it('a 200 that is not JSON (tried again, as a proxy page in an outage would be)', async () => {
    const error = await failure({ text: '{"user":' }, { text: '<html>' }, { text: '{"user":' });
    expect(error).toMatchObject({ kind: 'invalid_response', code: 'invalid_response' });
    expect(error.retryable).toBe(true);
  });

  it('a 200 that fails validation names the fields, not their values', async () => {
    const bad = { body: { user: { id: 5 }, workspace: {} } };
    const error = await failure(bad, bad, bad);
    expect(error.kind).toBe('invalid_response');
    expect(error.details).toEqual({ fields: expect.arrayContaining(['user.id', 'workspace.id']) });
  });

  it('a timeout', async () => {
    const fetch = vi.fn(
      (_url: string, init: RequestInit = {}) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const c = createSumeClient({ baseUrl: BASE, getApiKey: () => KEY, fetch, timeoutMs: 20, retry: { attempts: 1 } });
    await expect(c.me()).rejects.toMatchObject({ kind: 'timeout', code: 'timeout' });
  });

  it('the caller cancelling', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_url: string, init: RequestInit = {}) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          controller.abort();
        }),
    );
    const c = createSumeClient({ baseUrl: BASE, getApiKey: () => KEY, fetch });
    await expect(c.me(controller.signal)).rejects.toMatchObject({ kind: 'aborted' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('no key configured: nothing is sent', async () => {
    const { fetch } = scriptedFetch();
    await expect(client(fetch, '').me()).rejects.toMatchObject({ code: 'no_api_key' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects ids that would change the path', async () => {
    const { fetch } = scriptedFetch();
    await expect(client(fetch).getJob('../me')).rejects.toMatchObject({ code: 'invalid_id' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('retries', () => {
  it('GETs retry on 5xx, network errors and 429, then succeed', async () => {
    const { fetch } = scriptedFetch({ status: 503, body: envelope('internal_error', 'x') }, new TypeError('offline'), { body: { remaining_credits: 3 } });
    const c = createSumeClient({ baseUrl: BASE, getApiKey: () => KEY, fetch, sleep: async () => {}, retry: { attempts: 3 } });
    await expect(c.credits()).resolves.toMatchObject({ remaining_credits: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('waits out Retry-After (seconds) instead of the shorter backoff', async () => {
    const sleeps: number[] = [];
    const { fetch } = scriptedFetch(
      { status: 429, body: envelope('rate_limit_exceeded', 'slow down'), headers: { 'retry-after': '3' } },
      { body: { remaining_credits: 1 } },
    );
    const c = createSumeClient({ baseUrl: BASE, getApiKey: () => KEY, fetch, sleep: async (ms) => void sleeps.push(ms), random: () => 0 });
    await c.credits();
    expect(sleeps).toEqual([3000]);
  });

  it('backs off exponentially with jitter when no Retry-After is given', async () => {
    const sleeps: number[] = [];
    const { fetch } = scriptedFetch({ status: 500 }, { status: 500 }, { status: 500 }, { body: { remaining_credits: 1 } });
    const c = createSumeClient({
      baseUrl: BASE,
      getApiKey: () => KEY,
      fetch,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 1,
      retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 },
    });
    await c.credits();
    expect(sleeps).toEqual([100, 200, 250]);
  });

  it('hands a long Retry-After to the caller rather than blocking', async () => {
    const { fetch } = scriptedFetch({ status: 429, body: envelope('rate_limit_exceeded', 'later'), headers: { 'retry-after': '120' } });
    const error = await client(fetch)
      .credits()
      .then(
        () => undefined as never,
        (e: unknown) => e as SumeApiError,
      );
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', retryAfterMs: 120_000 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never retries a 4xx', async () => {
    const { fetch } = scriptedFetch({ status: 401, body: envelope('unauthorized', 'bad key') });
    await expect(client(fetch).me()).rejects.toMatchObject({ status: 401 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a create is retried only with the same Idempotency-Key', async () => {
    const { fetch, calls } = scriptedFetch(new TypeError('dropped'), { status: 503 }, { status: 202, body: { job_id: 'job_1', required_credits: 5 } });
    await client(fetch).createReferenceAnalysis({ url: 'https://www.tiktok.com/@a/video/1', idempotencyKey: 'same-key' });
    expect(calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])).toEqual(['same-key', 'same-key', 'same-key']);
  });
});

describe('secrets never leak into errors', () => {
  it('an error message echoing the key is redacted', async () => {
    const { fetch } = scriptedFetch({ status: 400, body: envelope('invalid_request', `bad header Bearer ${KEY}`) });
    const error = await client(fetch)
      .me()
      .then(
        () => undefined as never,
        (e: unknown) => e as SumeApiError,
      );
    expect(error.message).not.toContain(KEY);
    expect(JSON.stringify(error.toJSON())).not.toContain(KEY);
  });

  it('a storage error never names the signed URL', async () => {
    const { fetch } = scriptedFetch({
      status: 403,
      text: '<Error><Code>SignatureDoesNotMatch</Code><Message>for https://s.test/put?sig=zzz</Message></Error>',
    });
    const c = client(fetch);
    const error = await c
      .uploadToSignedUrl(
        { uploadUrl: 'https://s.test/put?sig=zzz', method: 'PUT', requiredHeaders: {}, storageKey: 'uploads/x', expiresAt: undefined, maxSizeBytes: undefined },
        'abc',
      )
      .then(
        () => undefined as never,
        (e: unknown) => e as SumeApiError,
      );
    expect(error).toMatchObject({ code: 'storage_SignatureDoesNotMatch', status: 403 });
    expect(error.message).not.toContain('sig=');
  });

  it('an expired signed URL is recognised', async () => {
    const { fetch } = scriptedFetch({ status: 403, text: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' });
    const error = await client(fetch)
      .uploadToSignedUrl(
        { uploadUrl: 'https://s.test/put?sig=zzz', method: 'PUT', requiredHeaders: {}, storageKey: 'k', expiresAt: undefined, maxSizeBytes: undefined },
        'abc',
      )
      .then(
        () => undefined as never,
        (e: unknown) => e as SumeApiError,
      );
    expect(error.code).toBe('upload_url_expired');
  });
});
