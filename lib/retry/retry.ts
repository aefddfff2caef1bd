/**
 * One retry policy for every call Sume Capture makes: which failures are worth another try, which
 * stop everything until the person acts (the account, not the request, is the problem), and how
 * long to wait — exponential, with jitter, never sooner than Sume's Retry-After. Used by the HTTP
 * transport (within one call), the outbox, uploads and the job tracker (across worker restarts).
 */

/** What a failure says about itself (SumeApiError and its serialized form both fit). */
export interface FailureLike {
  kind: 'network' | 'timeout' | 'http' | 'invalid_response' | 'aborted';
  status?: number;
  code: string;
}

/** Why a whole queue stops until the person fixes something. */
export type PauseReason = 'unauthorized' | 'forbidden' | 'insufficient_credits';

export type Verdict = { retry: true } | { retry: false; pause: PauseReason | null };

/**
 * - no answer (offline, refused, dropped, timed out), 408, 429 and 5xx: try again later;
 * - an answer we cannot read: try again too — it is most often a proxy's or CDN's page in an outage;
 * - 401 (or no key), 403, 402: stop, and everything behind it, until the key or credits change;
 * - any other 4xx, and a cancel: final for this request.
 */
export function classifyFailure(error: FailureLike): Verdict {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'invalid_response') return { retry: true };
  if (error.kind === 'aborted') return { retry: false, pause: null };
  if (error.status === 401 || error.code === 'no_api_key') return { retry: false, pause: 'unauthorized' };
  if (error.status === 403) return { retry: false, pause: 'forbidden' };
  if (error.status === 402 || error.code === 'insufficient_credits') return { retry: false, pause: 'insufficient_credits' };
  if (error.status === 408 || error.status === 429 || (error.status !== undefined && error.status >= 500)) return { retry: true };
  return { retry: false, pause: null };
}

export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Within one call (the transport): quick, a few times, a Retry-After too long goes to the caller. */
export const REQUEST_BACKOFF: BackoffPolicy = { baseDelayMs: 400, maxDelayMs: 5_000 };
/** A capture that could not be sent: from seconds to ten minutes, across worker restarts. */
export const OUTBOX_BACKOFF: BackoffPolicy = { baseDelayMs: 2_000, maxDelayMs: 10 * 60_000 };
/** A job's status that could not be read: polling goes on, slower while Sume is away. */
export const POLL_FAILURE_BACKOFF: BackoffPolicy = { baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 };
/** An upload step that failed: the bytes are kept, so it may wait longer. */
export const UPLOAD_BACKOFF: BackoffPolicy = { baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 };

/**
 * The wait after the `attempt`-th failure (1 for the first): base × 2^(attempt−1), capped, scaled
 * by a random 50–100 % so many clients do not come back at the same instant, and never shorter
 * than Sume's Retry-After.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  { random = Math.random, retryAfterMs }: { random?: () => number; retryAfterMs?: number | undefined } = {},
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.round(exponential * (0.5 + random() / 2)), retryAfterMs ?? 0);
}

/**
 * A wait that ends early once Sume answers again after an outage: a backoff for an unreachable
 * Sume (no answer, a 5xx). A rate limit's wait (429, Retry-After) is Sume's to set and stands.
 */
export function waitEndsWhenSumeIsBack(error: { status?: number; retryAfterMs?: number } | undefined): boolean {
  if (!error || error.retryAfterMs !== undefined || error.status === 429) return false;
  return error.status === undefined || error.status >= 500 || error.status === 408;
}
