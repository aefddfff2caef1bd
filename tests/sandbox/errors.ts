import { randomBytes } from 'node:crypto';
import type { ErrorHandler, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxContext, SandboxEnv } from './context';

/** The Sume error envelope and request ids: every response gets one, every error carries it. */

export type ErrorDetails = Record<string, unknown> | null;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function newRequestId(): string {
  return `req_${randomBytes(10).toString('hex')}`;
}

export function envelope(requestId: string, code: string, message: string, details: ErrorDetails) {
  return { error: { code, message, details }, request_id: requestId };
}

export function errorResponse(c: SandboxContext, err: ApiError): Response {
  for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
  const body = envelope(c.get('requestId'), err.code, err.message, err.details);
  return c.json(body, err.status as ContentfulStatusCode);
}

/** Runs first: every response, including crashes and faults, leaves with an X-Request-Id. */
export const requestIdMiddleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const requestId = newRequestId();
  c.set('requestId', requestId);
  c.header('X-Request-Id', requestId);
  await next();
  if (!c.res.headers.has('X-Request-Id')) c.res.headers.set('X-Request-Id', requestId);
};

export const handleError: ErrorHandler<SandboxEnv> = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  // Log the crash for whoever runs the sandbox, but never leak the stack to the client.
  console.error('[sandbox] unexpected error', err);
  return errorResponse(c, new ApiError(500, 'internal_error', 'The sandbox hit an unexpected error.'));
};
