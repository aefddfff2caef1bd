/**
 * Where each batch stands, derived from its captures' records (never kept as a second tally): the
 * popup's and side panel's progress line, and the groups on the captures page. Pure.
 */
import { capturePhase, type CaptureRecord } from './capture-record';

export interface BatchSummary {
  id: string;
  page: string;
  decidedAt: number;
  total: number;
  done: number;
  /** Queued, sending or analyzing. */
  active: number;
  failed: number;
  /** Saved for later: waiting for the balance to cover them. */
  waiting: number;
  /** The failed captures' ids (what "retry failed" retries). */
  failedIds: string[];
}

/** A finished batch stays in the popup and panel this long after its last capture was decided. */
export const FINISHED_BATCH_SHOWN_MS = 30 * 60_000;

export function batchSummaries(records: readonly CaptureRecord[]): BatchSummary[] {
  const batches = new Map<string, BatchSummary>();
  for (const record of records) {
    if (!record.batch) continue;
    const summary = batches.get(record.batch.id) ?? {
      id: record.batch.id,
      page: record.batch.page,
      decidedAt: record.batch.decidedAt,
      total: 0,
      done: 0,
      active: 0,
      failed: 0,
      waiting: 0,
      failedIds: [],
    };
    summary.total += 1;
    const phase = capturePhase(record);
    if (record.waitsForCredits && record.status === 'pending') summary.waiting += 1;
    else if (phase === 'done') summary.done += 1;
    else if (phase === 'failed') {
      summary.failed += 1;
      summary.failedIds.push(record.id);
    } else summary.active += 1;
    batches.set(summary.id, summary);
  }
  return [...batches.values()].sort((a, b) => b.decidedAt - a.decidedAt);
}

/** The latest batch, while it is going or for a while after (null otherwise): the popup's and panel's line. */
export function latestBatch(records: readonly CaptureRecord[], now: number): BatchSummary | null {
  const [latest] = batchSummaries(records);
  if (!latest) return null;
  const going = latest.active > 0 || latest.waiting > 0;
  return going || now - latest.decidedAt < FINISHED_BATCH_SHOWN_MS ? latest : null;
}
