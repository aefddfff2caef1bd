import { describe, expect, it } from 'vitest';
import { INSTAGRAM_URL, TIKTOK_URL, useSandbox } from './test-helpers';

const { client } = useSandbox();

describe('POST /reference-analysis', () => {
  it.each([
    ['a TikTok video', { url: TIKTOK_URL }, TIKTOK_URL],
    ['an Instagram Reel', { url: INSTAGRAM_URL }, INSTAGRAM_URL],
    ['the source_url alias', { source_url: 'https://instagram.com/reels/C1a2B3c4D5e' }, INSTAGRAM_URL],
  ])('queues a job for %s and spends credits once', async (_name, body, canonical) => {
    const reply = await client.post('/reference-analysis', body);
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual({
      job_id: expect.stringMatching(/^job_/),
      required_credits: 5,
      status: 'queued',
      job: expect.objectContaining({ id: reply.body.job_id, object: 'job', type: 'reference_analysis', status: 'queued', source_url: canonical, error: null }),
    });
    expect(reply.body.job.result_url).toMatch(new RegExp(`/api/v1/jobs/${reply.body.job_id}/result$`));
    expect((await client.control('/state', undefined, 'GET')).body.credits.remaining).toBe(95);
  });

  it.each([
    'https://www.tiktok.com/@sume.demo',
    'https://www.tiktok.com/@sume.demo/live',
    'https://www.tiktok.com.evil.example/@a/video/7301234567890123456',
    'https://www.youtube.com/watch?v=abc',
  ])('refuses %s with 422 unsupported_url and spends nothing', async (url) => {
    const reply = await client.post('/reference-analysis', { url });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('unsupported_url');
    expect(reply.body.error.message).toContain('instagram.com/reel/');
    expect((await client.get('/credits')).body.remaining_credits).toBe(100);
  });

  it('answers 400 when no URL is given', async () => {
    const reply = await client.post('/reference-analysis', {});
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_request');
  });

  it('refuses with 402 when credits run short, saying how many are needed', async () => {
    await client.control('/credits', { remaining: 4 });
    const reply = await client.post('/reference-analysis', { url: TIKTOK_URL });
    expect(reply.status).toBe(402);
    expect(reply.body.error).toEqual({
      code: 'insufficient_credits',
      message: expect.any(String),
      details: { required_credits: 5, remaining_credits: 4 },
    });
    expect((await client.control('/state', undefined, 'GET')).body.jobs).toEqual([]);
  });

  it('charges what the control API configures', async () => {
    await client.control('/config', { requiredCredits: 12 });
    const reply = await client.post('/reference-analysis', { url: TIKTOK_URL });
    expect(reply.body.required_credits).toBe(12);
    expect((await client.get('/credits')).body.remaining_credits).toBe(88);
  });

  it('replays an idempotent retry exactly, without spending again', async () => {
    const headers = { 'Idempotency-Key': 'capture-123' };
    const first = await client.post('/reference-analysis', { url: TIKTOK_URL }, { headers });
    const again = await client.post('/reference-analysis', { url: TIKTOK_URL }, { headers });
    expect(again.status).toBe(first.status);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const state = (await client.control('/state', undefined, 'GET')).body;
    expect(state.credits.remaining).toBe(95);
    expect(state.jobs).toHaveLength(1);
    expect(state.jobs[0].idempotency_key).toBe('capture-123');
  });

  it('refuses an idempotency key reused with a different body', async () => {
    const headers = { 'Idempotency-Key': 'capture-456' };
    await client.post('/reference-analysis', { url: TIKTOK_URL }, { headers });
    const reply = await client.post('/reference-analysis', { url: INSTAGRAM_URL }, { headers });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('idempotency_key_reused');
    expect((await client.get('/credits')).body.remaining_credits).toBe(95);
  });

  it('does not remember failures under an idempotency key: a retry after topping up succeeds', async () => {
    const headers = { 'Idempotency-Key': 'capture-789' };
    await client.control('/credits', { remaining: 0 });
    expect((await client.post('/reference-analysis', { url: TIKTOK_URL }, { headers })).status).toBe(402);
    await client.control('/credits', { remaining: 10 });
    expect((await client.post('/reference-analysis', { url: TIKTOK_URL }, { headers })).status).toBe(202);
  });
});
