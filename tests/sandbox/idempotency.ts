import { createHash } from 'node:crypto';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { authOf, type SandboxContext } from './context';
import { ApiError } from './errors';

/**
 * `Idempotency-Key` for POSTs. Only successful responses are remembered: a 402 retried with
 * the same key after buying credits should succeed, not replay the 402.
 */

const TTL_MS = 24 * 60 * 60_000;

export interface Outcome {
  status: number;
  body: unknown;
}

/** Key order must not matter: `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function readKey(c: SandboxContext): string | null {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return null;
  if (key.length < 1 || key.length > 255) {
    throw new ApiError(400, 'invalid_request', 'Idempotency-Key must be 1 to 255 characters.');
  }
  return key;
}

export async function idempotent(c: SandboxContext, rawBody: unknown, run: (idempotencyKey: string | null) => Outcome | Promise<Outcome>): Promise<Response> {
  const key = readKey(c);
  if (key === null) {
    const outcome = await run(null);
    return c.json(outcome.body as object, outcome.status as ContentfulStatusCode);
  }
  const state = c.get('state');
  const now = Date.now();
  for (const [k, record] of state.idempotency) if (now - record.createdAt > TTL_MS) state.idempotency.delete(k);

  const slot = `${authOf(c).key.id}|${c.req.method} ${c.req.path}|${key}`;
  const fingerprint = createHash('sha256').update(canonical(rawBody)).digest('hex');
  const seen = state.idempotency.get(slot);
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.');
    }
    c.header('Idempotent-Replayed', 'true');
    return c.json(seen.body as object, seen.status as ContentfulStatusCode);
  }
  const outcome = await run(key);
  if (outcome.status >= 200 && outcome.status < 300) {
    state.idempotency.set(slot, { fingerprint, status: outcome.status, body: outcome.body, createdAt: now });
  }
  return c.json(outcome.body as object, outcome.status as ContentfulStatusCode);
}
