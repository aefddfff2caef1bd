/**
 * The HTTP layer under every Sume call: auth header, timeout, error envelope, zod validation and
 * retries with backoff that honours Retry-After. Only this file and the client know the wire.
 */
import type { z } from 'zod';
import { backoffDelay, REQUEST_BACKOFF, type BackoffPolicy } from '../retry/retry';
import { SumeApiError } from './errors';
import { t } from '../i18n/t';
import { redact } from './redact';
import { errorEnvelopeSchema } from './schemas';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface RetryPolicy extends BackoffPolicy {
  /** Attempts in total, the first one included. */
  attempts: number;
  /** A Retry-After longer than this is not waited out here: the error goes to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { ...REQUEST_BACKOFF, attempts: 3, maxRetryAfterMs: 10_000 };

export interface TransportOptions {
  baseUrl: string;
  getApiKey: () => string | undefined | Promise<string | undefined>;
  fetch: FetchLike;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface RequestSpec<S extends z.ZodType> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Create calls carry one; it is what makes a retry of a POST safe. */
  idempotencyKey?: string;
  schema: S;
  /** A name for messages, e.g. "GET /jobs/{id}" (never the id itself). */
  operation: string;
  signal?: AbortSignal;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Keys that look like `sume_...` use Bearer; anything else is a legacy key sent as X-Api-Key. [A] */
export function authHeaders(apiKey: string): Record<string, string> {
  return apiKey.startsWith('sume_') ? { Authorization: `Bearer ${apiKey}` } : { 'X-Api-Key': apiKey };
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createTransport(options: TransportOptions) {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 20_000;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  function buildUrl(path: string, query: RequestSpec<z.ZodType>['query']): string {
    const url = new URL(baseUrl + path);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async function attempt<S extends z.ZodType>(spec: RequestSpec<S>, apiKey: string): Promise<z.infer<S>> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(spec.signal?.reason);
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(apiKey) };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    const fail = (init: Omit<ConstructorParameters<typeof SumeApiError>[0], 'operation'>) =>
      new SumeApiError({ ...init, message: redact(init.message, [apiKey]), operation: spec.operation });
    try {
      let response: Response;
      try {
        response = await options.fetch(buildUrl(spec.path, spec.query), {
          method: spec.method,
          headers,
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          signal: controller.signal,
          credentials: 'omit',
          redirect: 'error',
        });
      } catch (_cause) {
        if (spec.signal?.aborted) throw fail({ kind: 'aborted', code: 'aborted', message: t('core_requestCancelled') });
        if (controller.signal.aborted) {
          throw fail({ kind: 'timeout', code: 'timeout', message: t('core_requestTimedOut', { seconds: Math.round(timeoutMs / 1000) }) });
        }
        throw fail({ kind: 'network', code: 'network_error', message: t('core_unreachable', { origin: new URL(baseUrl).origin }) });
      }
      const requestIdHeader = response.headers.get('x-request-id') ?? undefined;
      let text: string;
      try {
        text = await response.text();
      } catch {
        throw fail({
          kind: 'network',
          code: 'network_error',
          status: response.status,
          requestId: requestIdHeader,
          message: t('core_connectionBroke'),
        });
      }
      const json = parseJson(text);
      if (!response.ok) {
        const envelope = errorEnvelopeSchema.safeParse(json);
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        if (envelope.success) {
          throw fail({
            kind: 'http',
            status: response.status,
            code: envelope.data.error.code ?? `http_${response.status}`,
            message: envelope.data.error.message ?? httpMessage(response.status, ''),
            details: envelope.data.error.details,
            requestId: envelope.data.request_id ?? requestIdHeader,
            retryAfterMs,
          });
        }
        throw fail({
          kind: 'http',
          status: response.status,
          code: `http_${response.status}`,
          message: httpMessage(response.status, snippet(text)),
          requestId: requestIdHeader,
          retryAfterMs,
        });
      }
      if (json === undefined) {
        throw fail({
          kind: 'invalid_response',
          status: response.status,
          code: 'invalid_response',
          requestId: requestIdHeader,
          message: t('core_answerNotJson', { operation: spec.operation }),
        });
      }
      const parsed = spec.schema.safeParse(json);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
        throw fail({
          kind: 'invalid_response',
          status: response.status,
          code: 'invalid_response',
          requestId: requestIdHeader,
          details: { fields },
          message: t('core_answerNotUnderstood', { operation: spec.operation, fields: fields.slice(0, 3).join(', ') }),
        });
      }
      return parsed.data;
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function request<S extends z.ZodType>(spec: RequestSpec<S>): Promise<z.infer<S>> {
    const apiKey = (await options.getApiKey())?.trim();
    if (!apiKey) {
      throw new SumeApiError({ kind: 'http', code: 'no_api_key', message: t('core_noApiKey'), operation: spec.operation });
    }
    const mayRetry = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    for (let n = 1; ; n++) {
      try {
        return await attempt(spec, apiKey);
      } catch (error) {
        if (!(error instanceof SumeApiError) || !mayRetry || !error.retryable || n >= retry.attempts) throw error;
        if (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxRetryAfterMs) throw error;
        await sleep(backoffDelay(n, retry, { random, retryAfterMs: error.retryAfterMs }), spec.signal);
      }
    }
  }

  return { request, baseUrl };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A short, tag-free excerpt of a non-JSON body, for people (redacted by the error itself). */
function snippet(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

/** "Sume answered HTTP 502: Bad gateway.", without the excerpt when there is none. */
function httpMessage(status: number, excerpt: string): string {
  return excerpt ? t('core_httpStatusWithText', { status: String(status), text: excerpt }) : t('core_httpStatus', { status: String(status) });
}
