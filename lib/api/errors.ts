import { z } from 'zod';
import { classifyFailure } from '../retry/retry';
import { redact } from './redact';

/** What went wrong, in the terms the UI and the outbox decide on. */
/**
 * http: the API answered with an error status; network: no answer (offline, refused, dropped);
 * timeout: no answer in time; aborted: the caller cancelled; invalid_response: an answer we
 * cannot read (not JSON, or not the shape we rely on).
 */
export type SumeErrorKind = SerializedSumeError['kind'];

export interface SumeApiErrorInit {
  kind: SumeErrorKind;
  status?: number;
  code: string;
  message: string;
  requestId?: string;
  details?: unknown;
  retryAfterMs?: number;
  /** "GET /me": which call failed, without ids or query strings. */
  operation?: string;
}

/** The one error type for every failure of a Sume call. Messages are always redacted. */
export class SumeApiError extends Error {
  override readonly name = 'SumeApiError';
  readonly kind: SumeErrorKind;
  readonly status: number | undefined;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: unknown;
  readonly retryAfterMs: number | undefined;
  readonly operation: string | undefined;

  constructor(init: SumeApiErrorInit) {
    super(redact(init.message));
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
    this.operation = init.operation;
  }

  /** Worth trying again later with the same request (and the same idempotency key): lib/retry decides. */
  get retryable(): boolean {
    return classifyFailure(this).retry;
  }

  /** A plain, serialisable form for storage and messages. */
  toJSON(): SerializedSumeError {
    const out: SerializedSumeError = { kind: this.kind, code: this.code, message: this.message };
    if (this.status !== undefined) out.status = this.status;
    if (this.requestId !== undefined) out.requestId = this.requestId;
    if (this.retryAfterMs !== undefined) out.retryAfterMs = this.retryAfterMs;
    if (this.operation !== undefined) out.operation = this.operation;
    return out;
  }
}

/** How a SumeApiError travels through storage and messages (validated on the way back in). */
export const serializedSumeErrorSchema = z.object({
  kind: z.enum(['http', 'network', 'timeout', 'aborted', 'invalid_response']),
  status: z.number().int().optional(),
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  retryAfterMs: z.number().optional(),
  operation: z.string().optional(),
});
export type SerializedSumeError = z.infer<typeof serializedSumeErrorSchema>;

/**
 * Any failure as it is stored and shown: a SumeApiError as itself, anything else (a bug, a browser
 * quirk) as a retryable failure described by `message`, so no capture or upload is dropped for it.
 */
export function serializeFailure(error: unknown, code: string, message: string): SerializedSumeError {
  return error instanceof SumeApiError ? error.toJSON() : { kind: 'network', code, message };
}

export function isSumeApiError(value: unknown): value is SumeApiError {
  return value instanceof SumeApiError;
}
