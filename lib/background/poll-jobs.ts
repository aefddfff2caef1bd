/**
 * Polls the jobs this extension created, as the tracker plans: per job, or one list request when
 * many are due. A finished job's result is fetched and stored before the capture counts as done.
 */
import type { SumeClient } from '../api/client';
import { SumeApiError } from '../api/errors';
import type { Job } from '../api/schemas';
import type { CaptureRecord } from '../captures/capture-record';
import { readCaptures, saveResult, updateCaptures } from '../captures/capture-store';
import { applyPoll, applyPollFailure, dueJobs, shouldBatch } from '../jobs/job-tracker';

export interface PollOutcome {
  finished: CaptureRecord[];
}

async function fetchStatuses(client: SumeClient, jobIds: string[]): Promise<Map<string, Job | SumeApiError>> {
  const answers = new Map<string, Job | SumeApiError>();
  if (shouldBatch(jobIds.length)) {
    // One request for the workspace's recent jobs covers most; the rest are asked one by one.
    const page = await client.listJobs({ limit: 100 }).catch(() => null);
    for (const job of page?.data ?? []) if (jobIds.includes(job.id)) answers.set(job.id, job);
  }
  for (const id of jobIds) {
    if (answers.has(id)) continue;
    answers.set(
      id,
      await client
        .getJob(id)
        .catch((error: unknown) =>
          error instanceof SumeApiError ? error : new SumeApiError({ kind: 'network', code: 'network_error', message: 'Poll failed.' }),
        ),
    );
  }
  return answers;
}

export async function pollDue(client: SumeClient, now: () => number, onChange: (record: CaptureRecord) => void): Promise<PollOutcome> {
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
    if (next.status === 'completed' && !hasResult) {
      try {
        const { result } = await client.getJobResult(job.id);
        await saveResult(record.id, result);
        hasResult = true;
      } catch (error) {
        // Completed but the result did not arrive: keep polling for it instead of calling it done.
        next = applyPollFailure({ ...job, status: 'running' }, now(), error instanceof SumeApiError ? error.retryAfterMs : undefined);
      }
    }
    const updated = await updateCaptures((all) => {
      const current = all.get(record.id);
      if (!current) return null;
      const merged: CaptureRecord = { ...current, job: next, hasResult };
      all.set(record.id, merged);
      return merged;
    });
    if (!updated) continue;
    onChange(updated);
    if (next.finishedAt !== undefined) finished.push(updated);
  }
  return { finished };
}
