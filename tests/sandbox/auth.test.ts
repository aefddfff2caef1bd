import { describe, expect, it } from 'vitest';
import { OTHER_WORKSPACE_KEY, READONLY_KEY } from './server';
import { TIKTOK_URL, useSandbox } from './test-helpers';

const { sandbox, client } = useSandbox();

describe('auth', () => {
  it('accepts the demo key as a Bearer token and as legacy X-Api-Key', async () => {
    expect((await client.get('/me')).status).toBe(200);
    const legacy = await client.get('/me', { key: null, headers: { 'X-Api-Key': sandbox().demoKey } });
    expect(legacy.status).toBe(200);
  });

  it.each([
    ['missing', {}, 'missing'],
    ['a non-Bearer scheme', { Authorization: 'Basic abc' }, 'malformed'],
    ['a key of the wrong shape', { Authorization: 'Bearer not-a-key' }, 'malformed'],
    ['an unknown key', { Authorization: 'Bearer sume_live_sandbox_nobody_000000000000' }, 'unknown'],
  ])('rejects %s with 401 and says why', async (_name, headers, reason) => {
    const reply = await client.get('/me', { key: null, headers });
    expect(reply.status).toBe(401);
    expect(reply.body.error.code).toBe('unauthorized');
    expect(reply.body.error.details.reason).toBe(reason);
    expect(reply.body.request_id).toBe(reply.headers.get('x-request-id'));
  });

  it('rejects a revoked key', async () => {
    expect((await client.control('/keys/revoke', { key: sandbox().demoKey })).status).toBe(200);
    const reply = await client.get('/me');
    expect(reply.status).toBe(401);
    expect(reply.body.error.details.reason).toBe('revoked');
    // A reset brings the demo key back, so one test's revocation cannot leak into the next.
    await client.control('/reset');
    expect((await client.get('/me')).status).toBe(200);
  });

  it('lets a read-only key read but not write', async () => {
    expect((await client.get('/credits', { key: READONLY_KEY })).status).toBe(200);
    const write = await client.post('/reference-analysis', { url: TIKTOK_URL }, { key: READONLY_KEY });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('forbidden');
  });
});

describe('me and credits', () => {
  it('describes the key owner without echoing the key', async () => {
    const reply = await client.get('/me');
    expect(reply.body).toEqual({
      user: { id: expect.stringMatching(/^usr_/), email: expect.any(String), name: expect.any(String) },
      workspace: { id: expect.stringMatching(/^wks_/), name: expect.any(String) },
      api_key: { id: expect.stringMatching(/^key_/), prefix: 'sume_live_sa', scopes: expect.arrayContaining(['me:read', 'assets:write']) },
    });
    expect(reply.text).not.toContain(sandbox().demoKey);
  });

  it('reports credits and active generations', async () => {
    expect((await client.get('/credits')).body).toEqual({
      plan: 'pro',
      monthly_credits: 100,
      bonus_credits: 0,
      remaining_credits: 100,
      active_generations: 0,
      max_concurrent_generations: 5,
    });
    await client.post('/reference-analysis', { url: TIKTOK_URL });
    const after = (await client.get('/credits')).body;
    expect(after.remaining_credits).toBe(95);
    expect(after.active_generations).toBe(1);
  });

  it('keeps workspaces apart', async () => {
    const created = await client.post('/reference-analysis', { url: TIKTOK_URL });
    const other = await client.get(`/jobs/${created.body.job_id}`, { key: OTHER_WORKSPACE_KEY });
    expect(other.status).toBe(404);
    expect((await client.get('/jobs', { key: OTHER_WORKSPACE_KEY })).body.data).toEqual([]);
  });
});

describe('request ids and routing', () => {
  it('puts a request id on every kind of response', async () => {
    const replies = [
      await client.get('/me'),
      await client.get('/me', { key: null }),
      await client.get('/nope'),
      await client.raw('/__storage/uploads/x', { method: 'PUT', body: 'x' }),
      await client.raw('/api/v1/openapi.json', {}),
    ];
    for (const reply of replies) expect(reply.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]+$/);
    expect(new Set(replies.map((r) => r.headers.get('x-request-id'))).size).toBe(replies.length);
  });

  it('answers unknown routes with 404 and wrong methods with 405, both enveloped', async () => {
    const missing = await client.get('/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrongMethod = await client.raw('/api/v1/me', { method: 'DELETE', headers: { Authorization: `Bearer ${sandbox().demoKey}` } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error.code).toBe('method_not_allowed');
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('rejects malformed JSON and non-JSON bodies with 400 invalid_request', async () => {
    const init = (body: string, type: string): RequestInit => ({
      method: 'POST',
      body,
      headers: { Authorization: `Bearer ${sandbox().demoKey}`, 'Content-Type': type },
    });
    const broken = await client.raw('/api/v1/reference-analysis', init('{"url":', 'application/json'));
    const plain = await client.raw('/api/v1/reference-analysis', init(JSON.stringify({ url: TIKTOK_URL }), 'text/plain'));
    for (const reply of [broken, plain]) {
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('invalid_request');
    }
  });
});
