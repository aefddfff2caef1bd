import type { SerializedSumeError } from './errors';

/** For tests: Sume's answer `status` with `code` (and a Retry-After), as the stores keep it. */
export const httpFailure = (status: number, code: string, retryAfterMs?: number): SerializedSumeError => ({
  kind: 'http',
  status,
  code,
  message: code,
  ...(retryAfterMs ? { retryAfterMs } : {}),
});
