import { describe, expect, it } from 'vitest';
import type { SerializedSumeError } from '../api/errors';
import { backoffDelay, classifyFailure, OUTBOX_BACKOFF, type Verdict } from './retry';

const http = (status: number, code = `http_${status}`): SerializedSumeError => ({ kind: 'http', status, code, message: '' });

describe('one classification of failures, for every caller', () => {
  it.each<[string, SerializedSumeError, Verdict]>([
    ['offline', { kind: 'network', code: 'network_error', message: '' }, { retry: true }],
    ['timed out', { kind: 'timeout', code: 'timeout', message: '' }, { retry: true }],
    ['an answer we cannot read (a proxy page in an outage)', { kind: 'invalid_response', code: 'invalid_response', message: '' }, { retry: true }],
    ['cancelled', { kind: 'aborted', code: 'aborted', message: '' }, { retry: false, pause: null }],
    ['408', http(408), { retry: true }],
    ['429', http(429, 'rate_limit_exceeded'), { retry: true }],
    ['500', http(500), { retry: true }],
    ['503', http(503), { retry: true }],
    ['401: the key', http(401, 'unauthorized'), { retry: false, pause: 'unauthorized' }],
    ['no key at all', { kind: 'http', code: 'no_api_key', message: '' }, { retry: false, pause: 'unauthorized' }],
    ['403: the key’s permissions', http(403, 'forbidden'), { retry: false, pause: 'forbidden' }],
    ['402: credits', http(402, 'insufficient_credits'), { retry: false, pause: 'insufficient_credits' }],
    ['insufficient credits named on another status', http(409, 'insufficient_credits'), { retry: false, pause: 'insufficient_credits' }],
    ['404', http(404, 'not_found'), { retry: false, pause: null }],
    ['409', http(409, 'conflict'), { retry: false, pause: null }],
    ['422: the video itself', http(422, 'unsupported_url'), { retry: false, pause: null }],
    ['an upload the storage redirected', { kind: 'http', code: 'upload_redirected', message: '' }, { retry: false, pause: null }],
  ])('%s', (_case, error, verdict) => {
    expect(classifyFailure(error)).toEqual(verdict);
  });
});

describe('backoff', () => {
  it('doubles from the base, capped, with 50–100 % jitter', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, OUTBOX_BACKOFF, { random: () => 1 }))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(1, OUTBOX_BACKOFF, { random: () => 0 })).toBe(1_000);
    expect(backoffDelay(40, OUTBOX_BACKOFF, { random: () => 1 })).toBe(OUTBOX_BACKOFF.maxDelayMs);
  });

  it('never comes back sooner than Retry-After', () => {
    expect(backoffDelay(1, OUTBOX_BACKOFF, { random: () => 1, retryAfterMs: 30_000 })).toBe(30_000);
    expect(backoffDelay(5, OUTBOX_BACKOFF, { random: () => 1, retryAfterMs: 1_000 })).toBe(32_000);
  });
});
