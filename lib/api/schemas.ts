/**
 * The wire format of the Sume Public API as this extension reads it. Every [A] assumption of
 * ../shared/sume-api.md is here, tolerant of the plausible alternatives it lists, and each
 * response is normalised once into the types the rest of the extension uses. Unknown fields are
 * kept (loose objects) so nothing the API adds is lost on the way to the UI.
 */
import { z } from 'zod';
import { redact } from './redact';

const id = z.string().min(1);
const optionalString = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);
const optionalNumber = z
  .number()
  .nullish()
  .transform((v) => v ?? undefined);

// ── Errors ───────────────────────────────────────────────────────────────────────────────────
export const errorEnvelopeSchema = z.looseObject({
  error: z.looseObject({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.unknown().optional(),
  }),
  request_id: z.string().optional(),
});

// ── Account ──────────────────────────────────────────────────────────────────────────────────
export const meSchema = z.looseObject({
  user: z.looseObject({ id, email: optionalString, name: optionalString }),
  workspace: z.looseObject({ id, name: optionalString }),
  api_key: z
    .looseObject({ id: optionalString, prefix: optionalString, scopes: z.array(z.string()).optional() })
    .nullish()
    .transform((v) => v ?? undefined),
});
export type Me = z.infer<typeof meSchema>;

export const creditsSchema = z
  .looseObject({
    plan: optionalString,
    monthly_credits: optionalNumber,
    bonus_credits: optionalNumber,
    remaining_credits: optionalNumber,
    remaining: optionalNumber,
    active_generations: optionalNumber,
    max_concurrent_generations: optionalNumber,
  })
  .transform(({ remaining, ...rest }) => ({
    ...rest,
    remaining_credits: rest.remaining_credits ?? remaining,
  }));
export type Credits = z.infer<typeof creditsSchema>;

// ── Jobs ─────────────────────────────────────────────────────────────────────────────────────
export const JOB_STATUSES = ['queued', 'running', 'processing', 'completed', 'failed', 'canceled', 'expired', 'unknown'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const TERMINAL_STATUSES: ReadonlySet<JobStatus> = new Set(['completed', 'failed', 'canceled', 'expired']);

const STATUS_SYNONYMS: Readonly<Record<string, JobStatus>> = {
  queued: 'queued',
  pending: 'queued',
  running: 'running',
  in_progress: 'running',
  processing: 'processing',
  completed: 'completed',
  complete: 'completed',
  succeeded: 'completed',
  success: 'completed',
  failed: 'failed',
  error: 'failed',
  errored: 'failed',
  canceled: 'canceled',
  cancelled: 'canceled',
  expired: 'expired',
};

/** Statuses compare case-insensitively; an unknown one is kept as `unknown` (non-terminal). */
export function normaliseJobStatus(raw: string): JobStatus {
  return STATUS_SYNONYMS[raw.trim().toLowerCase()] ?? 'unknown';
}

export const jobSchema = z
  .looseObject({
    id,
    type: optionalString,
    status: z.string(),
    created_at: optionalString,
    updated_at: optionalString,
    // A job's failure message is shown, stored and notified like any other error: redacted first.
    error: z
      .looseObject({ code: optionalString, message: optionalString })
      .nullish()
      .transform((v) => (v ? { ...v, ...(v.message !== undefined ? { message: redact(v.message).slice(0, 500) } : {}) } : undefined)),
    result_url: optionalString,
  })
  .transform((job) => ({ ...job, raw_status: job.status, status: normaliseJobStatus(job.status) }));
export type Job = z.infer<typeof jobSchema>;

function listSchema<T extends z.ZodType>(item: T) {
  return z
    .looseObject({
      data: z.array(item),
      has_more: z.boolean().optional(),
      next_cursor: z.string().nullish(),
    })
    .transform((list) => ({
      data: list.data as z.infer<T>[],
      hasMore: list.has_more ?? Boolean(list.next_cursor),
      nextCursor: list.next_cursor ?? undefined,
    }));
}
export type Page<T> = { data: T[]; hasMore: boolean; nextCursor: string | undefined };

export const jobListSchema = listSchema(jobSchema);

export const jobResultSchema = z.looseObject({ job: jobSchema.optional(), result: z.unknown() }).transform((r) => ({ job: r.job, result: r.result }));
export type JobResult = z.infer<typeof jobResultSchema>;

// ── Reference analysis ───────────────────────────────────────────────────────────────────────
/** The job id may come as `job_id` or inside `job.id`; either one is required. */
export const referenceAnalysisCreatedSchema = z
  .looseObject({
    job_id: optionalString,
    job: z.looseObject({ id }).optional(),
    required_credits: optionalNumber,
    status: optionalString,
  })
  .transform((r, ctx) => {
    const jobId = r.job_id ?? r.job?.id;
    if (!jobId) {
      // ui-literal: not user-facing (only the issue's path, job_id, is named in the error people see)
      ctx.addIssue({ code: 'custom', message: 'job_id is missing', path: ['job_id'] });
      return z.NEVER;
    }
    return {
      jobId,
      requiredCredits: r.required_credits,
      status: r.status ? normaliseJobStatus(r.status) : ('queued' as JobStatus),
    };
  });
export type ReferenceAnalysisCreated = z.infer<typeof referenceAnalysisCreatedSchema>;

// ── Uploads and assets ───────────────────────────────────────────────────────────────────────
export const presignSchema = z
  .looseObject({
    upload_url: z.string().url(),
    method: optionalString,
    required_headers: z.record(z.string(), z.string()).nullish(),
    storage_key: id,
    expires_at: optionalString,
    max_size_bytes: optionalNumber,
  })
  .transform((p) => ({
    uploadUrl: p.upload_url,
    method: (p.method ?? 'PUT').toUpperCase(),
    requiredHeaders: p.required_headers ?? {},
    storageKey: p.storage_key,
    expiresAt: p.expires_at,
    maxSizeBytes: p.max_size_bytes,
  }));
export type Presign = z.infer<typeof presignSchema>;

export const assetSchema = z.looseObject({
  id,
  title: optionalString,
  status: optionalString,
  media_url: optionalString,
  clip_url: optionalString,
  thumbnail_url: optionalString,
  /** [A] The asset's page in Sume's web app (endpoints.ts). */
  app_url: optionalString,
  start_time_seconds: optionalNumber,
  end_time_seconds: optionalNumber,
  created_at: optionalString,
  metadata: z.record(z.string(), z.unknown()).nullish(),
  /** A null score means "not scored", which is not the same as 0. */
  search: z.looseObject({ mode: optionalString, score: z.number().nullable().optional(), query: optionalString }).nullish(),
});
export type Asset = z.infer<typeof assetSchema>;

export const assetListSchema = listSchema(assetSchema);

/** Finalize answers `{ asset, job_id? }`; some servers return the asset itself. */
export const finalizeSchema = z
  .union([z.looseObject({ asset: assetSchema, job_id: optionalString, job: z.looseObject({ id }).optional() }), assetSchema.extend({ job_id: optionalString })])
  .transform((r) =>
    'asset' in r && r.asset && typeof r.asset === 'object'
      ? { asset: r.asset as Asset, ingestJobId: r.job_id ?? (r as { job?: { id: string } }).job?.id }
      : { asset: r as Asset, ingestJobId: (r as { job_id?: string }).job_id },
  );
export type FinalizedAsset = z.infer<typeof finalizeSchema>;
