import { describe, expect, it } from 'vitest';
import { READONLY_KEY } from './server';
import { sleep, useSandbox } from './test-helpers';

const { client } = useSandbox({ rateLimit: { limit: 3, windowMs: 60_000 } });

describe('rate limiting', () => {
  it('counts per key, then answers 429 with Retry-After and RateLimit-* headers', async () => {
    const replies = [];
    for (let i = 0; i < 4; i += 1) replies.push(await client.get('/me'));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies.map((r) => r.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const limited = replies[3];
    expect(limited?.headers.get('ratelimit-limit')).toBe('3');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(limited?.headers.get('ratelimit-reset')).toBe(limited?.headers.get('retry-after'));
    expect(limited?.body.error.code).toBe('rate_limit_exceeded');
    // Another key has its own window.
    expect((await client.get('/me', { key: READONLY_KEY })).status).toBe(200);
  });

  it('opens a fresh window when the old one ends', async () => {
    // A one-second window: long enough that a loaded machine sends both requests inside it.
    await client.control('/config', { rateLimit: { limit: 1, windowMs: 1_000 } });
    expect((await client.get('/me')).status).toBe(200);
    const limited = await client.get('/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    await sleep(1_050);
    expect((await client.get('/me')).status).toBe(200);
  });

  it('can be switched off through the control API', async () => {
    await client.control('/config', { rateLimit: null });
    for (let i = 0; i < 5; i += 1) {
      const reply = await client.get('/me');
      expect(reply.status).toBe(200);
      expect(reply.headers.get('ratelimit-limit')).toBeNull();
    }
  });
});
