import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { DEFAULT_OPTIONS } from './options';
import { routeName } from './request-log';
import { createState } from './store';
import { TIKTOK_URL, useSandbox } from './test-helpers';

const { client } = useSandbox();

describe('unexpected errors', () => {
  it('become a 500 internal_error envelope without a stack trace', async () => {
    const app = createApp(createState({ ...DEFAULT_OPTIONS, dataDir: '/nonexistent' }));
    app.get('/__boom', () => {
      throw new Error('secret internals');
    });
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await app.request('/__boom');
      const body = await res.json();
      expect(res.status).toBe(500);
      expect(body).toMatchObject({ error: { code: 'internal_error', details: null }, request_id: expect.stringMatching(/^req_/) });
      expect(JSON.stringify(body)).not.toContain('secret internals');
    } finally {
      console.error = original;
    }
  });
});

describe('request accounting', () => {
  it.each([
    ['GET', '/api/v1/jobs/job_0123abcd/result', 'GET /api/v1/jobs/:id/result'],
    ['GET', '/api/v1/assets/asset_9f', 'GET /api/v1/assets/:id'],
    ['PUT', '/__storage/uploads/wks_sandbox/abc/a.mp4', 'PUT /__storage/*'],
  ])('names %s %s as %s', (method, path, name) => {
    expect(routeName(method, path)).toBe(name);
  });

  it('counts API requests by route, and not control requests', async () => {
    const jobId = (await client.post('/reference-analysis', { url: TIKTOK_URL })).body.job_id;
    await client.get(`/jobs/${jobId}`);
    await client.get(`/jobs/${jobId}`);
    const state = (await client.control('/state', undefined, 'GET')).body;
    expect(state.requests).toEqual({
      total: 3,
      byRoute: { 'POST /api/v1/reference-analysis': 1, 'GET /api/v1/jobs/:id': 2 },
    });
    const log = (await client.control('/requests', undefined, 'GET')).body;
    expect(log.map((entry: { status: number }) => entry.status)).toEqual([202, 200, 200]);
    expect(log[0]).toEqual({
      method: 'POST',
      path: '/api/v1/reference-analysis',
      route: 'POST /api/v1/reference-analysis',
      status: 202,
      at: expect.any(String),
      request_id: expect.stringMatching(/^req_/),
    });
  });
});
