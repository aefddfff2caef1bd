/**
 * Polls the jobs this extension created, as the tracker plans: per job, or one list request when
 * many are due. A finished job's result is fetched and stored before the capture counts as done.
 */
import type { SumeClient } from '../api/client';
import { SumeApiError } from '../api/errors';
import type { Job } from '../api/schemas';
import type { CaptureRecord } from '../captures/capture-record';
import { readCaptures, saveResult, updateCaptures } from '../captures/capture-store';
import { reportError } from '../diagnostics/report';
import { t } from '../i18n/t';
import { isQuotaError } from '../storage/database';
import { applyPoll, applyPollFailure, dueJobs, shouldBatch } from '../jobs/job-tracker';

export interface PollOutcome {
  finished: CaptureRecord[];
}

async function fetchStatuses(client: SumeClient, jobIds: string[]): Promise<Map<string, Job | SumeApiError>> {
  const answers = new Map<string, Job | SumeApiError>();
  if (shouldBatch(jobIds.length)) {
    // One request for the workspace's recent jobs covers most; the rest are asked one by one.
    // A failed list is not fatal: each job is then asked about one by one.
    const page = await client.listJobs({ limit: 100 }).catch((error: unknown) => void reportError('capture', 'Listing jobs', error));
    for (const job of page?.data ?? []) if (jobIds.includes(job.id)) answers.set(job.id, job);
  }
  for (const id of jobIds) {
    if (answers.has(id)) continue;
    answers.set(
      id,
      await client.getJob(id).catch((error: unknown) => {
        void reportError('capture', 'Asking Sume how an analysis is going', error);
        return error instanceof SumeApiError ? error : new SumeApiError({ kind: 'network', code: 'network_error', message: 'Poll failed.' });
      }),
    );
  }
  return answers;
}

/** Stores a result; when it cannot be kept, the reason to show instead (the error is reported). */
export async function keepResult(captureId: string, result: unknown): Promise<true | NonNullable<CaptureRecord['resultNotKept']>> {
  try {
    await saveResult(captureId, result);
    return true;
  } catch (error) {
    await reportError('storage', 'Keeping an analysis result', error);
    return isQuotaError(error)
      ? {
          code: 'storage_full',
          message: t('background_resultNoRoom'),
        }
      : { code: 'storage_error', message: t('background_resultNotSaved') };
  }
}

export async function pollDue(client: SumeClient, now: () => number): Promise<PollOutcome> {
  const records = (await readCaptures()).filter((r) => r.status === 'delivered' && r.job);
  const due = new Set(
    dueJobs(
      records.map((r) => r.job),
      now(),
    ).map((job) => job.id),
  );
  const finished: CaptureRecord[] = [];
  if (due.size === 0) return { finished };
  const answers = await fetchStatuses(client, [...due]);

  for (const record of records) {
    const job = record.job;
    if (!job || !due.has(job.id)) continue;
    const answer = answers.get(job.id);
    let next =
      answer instanceof SumeApiError || !answer
        ? applyPollFailure(job, now(), answer?.retryAfterMs)
        : applyPoll(job, { status: answer.status, error: answer.error }, now());
    let hasResult = record.hasResult ?? false;
    let resultNotKept: CaptureRecord['resultNotKept'];
    if (next.status === 'completed' && !hasResult) {
      const fetched = await client.getJobResult(job.id).catch((error: unknown) => {
        void reportError('capture', 'Downloading a finished analysis', error);
        // Completed but the result did not arrive: keep polling for it instead of calling it done.
        next = applyPollFailure({ ...job, status: 'running' }, now(), error instanceof SumeApiError ? error.retryAfterMs : undefined);
        return null;
      });
      if (fetched) {
        const kept = await keepResult(record.id, fetched.result);
        if (kept === true) hasResult = true;
        // Not kept (a full disk): done all the same, and said so — never downloaded again in a loop.
        else resultNotKept = kept;
      }
    }
    const updated = await updateCaptures((all) => {
      const current = all.get(record.id);
      if (!current) return null;
      const merged: CaptureRecord = { ...current, job: next, hasResult, ...(resultNotKept ? { resultNotKept } : {}) };
      all.set(record.id, merged);
      return merged;
    });
    if (!updated) continue;
    if (next.finishedAt !== undefined) finished.push(updated);
  }
  return { finished };
}
