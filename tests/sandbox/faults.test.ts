import { describe, expect, it } from 'vitest';
import { TIKTOK_URL, useSandbox } from './test-helpers';

const { sandbox, client } = useSandbox();

const fault = (spec: Record<string, unknown>) => client.control('/faults', spec);
const remaining = async () => (await client.get('/credits')).body.remaining_credits as number;

describe('fault injection', () => {
  it('fails the next call with a chosen status and code, before the handler spends credits', async () => {
    await fault({ method: 'POST', path: '/api/v1/reference-analysis', status: 503, code: 'service_unavailable', message: 'Down for a moment' });
    const reply = await client.post('/reference-analysis', { url: TIKTOK_URL });
    expect(reply.status).toBe(503);
    expect(reply.body).toEqual({
      error: { code: 'service_unavailable', message: 'Down for a moment', details: null },
      request_id: reply.headers.get('x-request-id'),
    });
    expect(await remaining()).toBe(100);
    expect((await client.post('/reference-analysis', { url: TIKTOK_URL })).status).toBe(202);
  });

  it('applies a fault N times, then lets calls through', async () => {
    await fault({ path: '/api/v1/me', status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await client.get('/me')).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('matches :id segments, * suffixes and methods', async () => {
    const jobId = (await client.post('/reference-analysis', { url: TIKTOK_URL })).body.job_id;
    await fault({ path: '/api/v1/jobs/:id', status: 502 });
    expect((await client.get(`/jobs/${jobId}/result`)).status).toBe(409);
    expect((await client.get(`/jobs/${jobId}`)).status).toBe(502);
    await fault({ method: 'POST', path: '/api/v1/*', status: 500 });
    expect((await client.get('/me')).status).toBe(200);
    expect((await client.post('/uploads/presign', {})).status).toBe(500);
  });

  it('answers with a redirect to a chosen address', async () => {
    await fault({ method: 'GET', path: '/api/v1/me', redirectTo: '/api/v1/credits' });
    const reply = await fetch(`${sandbox().baseUrl}/me`, { redirect: 'manual', headers: { Authorization: `Bearer ${sandbox().demoKey}` } });
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toBe('/api/v1/credits');
  });

  it('sends 429 with Retry-After', async () => {
    await fault({ path: '/api/v1/jobs', status: 429, retryAfter: 7 });
    const reply = await client.get('/jobs');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.body.error.code).toBe('rate_limit_exceeded');
  });

  it('drops the connection without a response', async () => {
    await fault({ path: '/api/v1/me', drop: true });
    await expect(client.get('/me')).rejects.toThrow();
    const log = (await client.control('/requests', undefined, 'GET')).body;
    expect(log.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/me', status: 0 });
  });

  it('answers 200 with a truncated JSON body', async () => {
    await fault({ path: '/api/v1/credits', malformed: true });
    const reply = await client.get('/credits');
    expect(reply.status).toBe(200);
    expect(() => JSON.parse(reply.text)).toThrow();
  });

  it('delays, then runs the real handler', async () => {
    await fault({ method: 'POST', path: '/api/v1/reference-analysis', delayMs: 150 });
    const started = Date.now();
    const reply = await client.post('/reference-analysis', { url: TIKTOK_URL });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(reply.status).toBe(202);
    expect(await remaining()).toBe(95);
  });

  it('works on the storage host too, in its XML dialect', async () => {
    const target = (await client.post('/uploads/presign', { filename: 'a.png', content_type: 'image/png', size_bytes: 3 })).body;
    await fault({ method: 'PUT', path: '/__storage/*', status: 503, code: 'SlowDown' });
    const res = await fetch(target.upload_url, { method: 'PUT', body: 'abc', headers: target.required_headers });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('<Code>SlowDown</Code>');
    expect(sandbox().state.uploads.get(target.storage_key)?.status).toBe('presigned');
  });

  it('clears queued faults', async () => {
    await fault({ path: '/api/v1/me', status: 500, times: 5 });
    expect((await client.control('/faults', undefined, 'DELETE')).body).toEqual({ cleared: 1 });
    expect((await client.get('/me')).status).toBe(200);
  });

  it('rejects a fault that would do nothing', async () => {
    expect((await fault({ path: '/api/v1/me' })).status).toBe(400);
  });
});
