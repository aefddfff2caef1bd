/**
 * The one status vocabulary people see, from the popup to the in-page button: where a capture is.
 * Derived from the record (capture-record.ts), never stored. No zod here: the content scripts use
 * it too (their size budget, see lib/in-page/capture-state.ts).
 */
export const CAPTURE_PHASES = ['queued', 'sending', 'analyzing', 'done', 'failed'] as const;
export type CapturePhase = (typeof CAPTURE_PHASES)[number];

/** The outbox's own states (lib/outbox/outbox.ts): how far the create call got. */
export const OUTBOX_STATUSES = ['pending', 'sending', 'waiting_retry', 'delivered', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Job statuses that end a job (lib/api/schemas.ts has the full list). */
const FAILED_JOB = new Set(['failed', 'canceled', 'expired']);

export function phaseOf(record: { status: OutboxStatus; job?: { status: string } | undefined }): CapturePhase {
  if (record.status === 'failed') return 'failed';
  if (record.status === 'sending') return 'sending';
  if (record.status !== 'delivered') return 'queued';
  const job = record.job?.status;
  if (job === 'completed') return 'done';
  if (job !== undefined && FAILED_JOB.has(job)) return 'failed';
  return 'analyzing';
}

/** On its way: a second request for the same reel is the same capture. */
export const isInFlightPhase = (phase: CapturePhase) => phase === 'queued' || phase === 'sending' || phase === 'analyzing';
