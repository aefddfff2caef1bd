import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { SandboxEnv } from './context';
import { envelope } from './errors';
import { randomId, type SandboxState } from './store';
import { storageErrorResponse } from './storage-errors';

/**
 * Injected failures for tests. A fault is consumed by the next N matching requests and acts
 * before the real handler, so a faulted create spends nothing. A pure delay then lets the
 * real handler run.
 */

export const faultSchema = z
  .object({
    method: z.string().min(1).optional(),
    path: z.string().startsWith('/'),
    times: z.number().int().min(1).default(1),
    status: z.number().int().min(200).max(599).optional(),
    code: z.string().min(1).optional(),
    message: z.string().optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    drop: z.boolean().optional(),
    malformed: z.boolean().optional(),
    retryAfter: z.number().int().min(0).optional(),
    /** Answer with a redirect (status 307 unless given) to this path or URL. */
    redirectTo: z.string().min(1).optional(),
  })
  .refine((f) => f.status !== undefined || f.delayMs !== undefined || f.drop || f.malformed || f.redirectTo !== undefined, {
    message: 'A fault needs at least one of status, delayMs, drop, malformed or redirectTo.',
  });

export type FaultSpec = z.infer<typeof faultSchema>;
export type FaultRecord = FaultSpec & { id: string; remaining: number };

const DEFAULT_CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  402: 'insufficient_credits',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

/** `/api/v1/jobs/:id` matches one segment per `:name`; a trailing `*` matches any rest. */
export function pathMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  const want = pattern.split('/');
  const have = path.split('/');
  return want.length === have.length && want.every((part, i) => (part.startsWith(':') ? have[i] !== '' : part === have[i]));
}

export function addFault(state: SandboxState, spec: FaultSpec): FaultRecord {
  const fault = { ...spec, id: randomId('fault'), remaining: spec.times };
  state.faults.push(fault);
  return fault;
}

export function takeFault(state: SandboxState, method: string, path: string): FaultRecord | undefined {
  const fault = state.faults.find((f) => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && pathMatches(f.path, path));
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
  return fault;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const faultMiddleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  // CORS preflights are the browser's business, not the API call under test.
  if (c.req.method === 'OPTIONS') return next();
  const fault = takeFault(c.get('state'), c.req.method, c.req.path);
  if (!fault) return next();
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.drop) {
    c.set('dropped', true);
    c.env.incoming.socket.destroy();
    // Tells @hono/node-server that nothing is left to write.
    return new Response(null, { headers: { 'x-hono-already-sent': 'true' } });
  }
  const status = fault.status ?? 200;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined || status === 429) headers['Retry-After'] = String(fault.retryAfter ?? 1);
  if (fault.redirectTo !== undefined) {
    return new Response(null, { status: fault.status ?? 307, headers: { ...headers, Location: fault.redirectTo } });
  }
  if (fault.malformed) {
    // Truncated JSON under a JSON content type: the client's parser must cope.
    return new Response('{"object":"list","data":[{"id":"job_', {
      status,
      headers: { ...headers, 'Content-Type': 'application/json' },
    });
  }
  if (fault.status === undefined) return next();
  const code = fault.code ?? DEFAULT_CODES[status] ?? 'internal_error';
  const message = fault.message ?? `Injected fault: HTTP ${status}.`;
  if (c.req.path.startsWith('/__storage/')) return storageErrorResponse(status, code, message, c.get('requestId'), headers);
  return new Response(JSON.stringify(envelope(c.get('requestId'), code, message, null)), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json' },
  });
};
