import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './context';
import type { SandboxState } from './store';

/**
 * Counts and records API and storage requests for tests (`/__sandbox/state`, `/__sandbox/requests`)
 * and prints one line each when logging is on. Paths are recorded without query strings (signed
 * URLs carry their signature there) and storage object keys are hidden: both are secrets.
 */

const KEEP = 500;
const ID_SEGMENT = /^(job|asset|key|usr|wks)_[A-Za-z0-9_-]+$/;

export function safePath(path: string): string {
  if (path.startsWith('/__storage/')) return '/__storage/…';
  if (path.startsWith('/__media/')) return '/__media/…';
  return path;
}

/** `GET /api/v1/jobs/job_123/result` → `GET /api/v1/jobs/:id/result`. */
export function routeName(method: string, path: string): string {
  if (path.startsWith('/__storage/')) return `${method} /__storage/*`;
  const normalised = path
    .split('/')
    .map((part) => (ID_SEGMENT.test(part) ? ':id' : part))
    .join('/');
  return `${method} ${normalised}`;
}

const isCounted = (path: string): boolean => path === '/api/v1' || path.startsWith('/api/v1/') || path.startsWith('/__storage/');

function record(state: SandboxState, entry: { method: string; path: string; status: number; requestId: string }): void {
  const route = routeName(entry.method, entry.path);
  state.requestCounts.total += 1;
  state.requestCounts.byRoute[route] = (state.requestCounts.byRoute[route] ?? 0) + 1;
  state.requestLog.push({
    method: entry.method,
    path: safePath(entry.path),
    route,
    status: entry.status,
    at: new Date().toISOString(),
    request_id: entry.requestId,
  });
  if (state.requestLog.length > KEEP) state.requestLog.splice(0, state.requestLog.length - KEEP);
}

export const requestLogMiddleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  const state = c.get('state');
  const { method, path } = c.req;
  // 0 = the socket was destroyed on purpose and no status was ever sent.
  const status = c.get('dropped') ? 0 : c.res.status;
  const requestId = c.get('requestId');
  if (isCounted(path)) record(state, { method, path, status, requestId });
  if (state.config.log) {
    const ms = Math.round(performance.now() - started);
    console.log(`[sandbox] ${method} ${safePath(path)} ${status === 0 ? 'dropped' : status} ${ms}ms ${requestId}`);
  }
};
