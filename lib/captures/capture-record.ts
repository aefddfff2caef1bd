/**
 * One capture from click to result: the outbox part (delivery of the create call) and the job
 * part (following Sume's job to its result). Persisted as a whole in `local:captures`, validated
 * on every read; the result payload itself is stored apart (see capture-store.ts).
 */
import { z } from 'zod';
import { serializedSumeErrorSchema } from '../api/errors';
import { JOB_STATUSES } from '../api/schemas';
import { OUTBOX_STATUSES, phaseOf, type CapturePhase } from './phase';
import { reelDescriptionSchema } from './reel-description';

export const CAPTURE_SOURCES = ['button', 'popup', 'context_menu', 'shortcut', 'side_panel', 'batch'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

/** One batch: its id, when the person decided, and the grid it came from (its address, never page text). */
export const batchTagSchema = z.object({ id: z.string().max(100), decidedAt: z.number(), page: z.string().max(300) });
export type BatchTag = z.infer<typeof batchTagSchema>;

export const trackedJobSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  /** When the job was first seen by the tracker. */
  since: z.number(),
  polls: z.number().int(),
  /** Polls in a row that got no readable answer (reset by one that did). */
  failures: z.number().int().optional(),
  nextPollAt: z.number(),
  /** Terminal jobs: when the result (or failure) was recorded and the user told. */
  finishedAt: z.number().optional(),
  notified: z.boolean().optional(),
  error: z.object({ code: z.string().optional(), message: z.string().optional() }).optional(),
});
export type TrackedJob = z.infer<typeof trackedJobSchema>;

export const captureRecordSchema = z.object({
  id: z.string(),
  /** The canonical reel URL (or, until it is resolved, a short link). */
  url: z.string(),
  source: z.enum(CAPTURE_SOURCES),
  idempotencyKey: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
  nextAttemptAt: z.number().optional(),
  jobId: z.string().optional(),
  requiredCredits: z.number().optional(),
  error: serializedSumeErrorSchema.optional(),
  job: trackedJobSchema.optional(),
  hasResult: z.boolean().optional(),
  /** Done in Sume, but its result could not be kept here (a full disk): said, with a way to fetch it again. */
  resultNotKept: z.object({ code: z.string(), message: z.string() }).optional(),
  /** "Save for later": kept out of the outbox until the balance covers it, then sent by itself. */
  waitsForCredits: z.boolean().optional(),
  /** What the page showed about the reel when it was captured (creator, caption, poster): its name. */
  reel: reelDescriptionSchema.optional(),
  /** Captured with others in one decision (select mode on a grid): the group it is shown and retried in. */
  batch: batchTagSchema.optional(),
});
export type CaptureRecord = z.infer<typeof captureRecordSchema>;

export type { CapturePhase } from './phase';

/** What a person sees: one word for where the capture is (phase.ts). */
export const capturePhase = (record: CaptureRecord): CapturePhase => phaseOf(record);
