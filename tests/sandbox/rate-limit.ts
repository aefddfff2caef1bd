import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './context';
import { ApiError } from './errors';

/**
 * Fixed-window rate limit per API key, off unless configured. Sends the IETF draft
 * RateLimit-* headers on every response while enabled, and Retry-After on a 429.
 */
export const rateLimitMiddleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const state = c.get('state');
  const config = state.config.rateLimit;
  if (!config) return next();

  const now = Date.now();
  const keyId = c.get('auth').key.id;
  let window = state.rateWindows.get(keyId);
  if (!window || now >= window.start + config.windowMs) {
    window = { start: now, count: 0 };
    state.rateWindows.set(keyId, window);
  }
  window.count += 1;
  const resetSeconds = Math.max(1, Math.ceil((window.start + config.windowMs - now) / 1000));
  const headers = {
    'RateLimit-Limit': String(config.limit),
    'RateLimit-Remaining': String(Math.max(0, config.limit - window.count)),
    'RateLimit-Reset': String(resetSeconds),
  };
  if (window.count > config.limit) {
    throw new ApiError(
      429,
      'rate_limit_exceeded',
      `Rate limit of ${config.limit} requests exceeded; retry in ${resetSeconds} s.`,
      {
        limit: config.limit,
        retry_after_seconds: resetSeconds,
      },
      { ...headers, 'Retry-After': String(resetSeconds) },
    );
  }
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  await next();
};
