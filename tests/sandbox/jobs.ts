import { referenceResultFor } from './results';
import { iso, nextSeq, randomId, type JobRecord, type JobType, type SandboxState } from './store';

/**
 * The job clock. Status is derived lazily from timestamps (queued until createdAt+queuedMs,
 * running until +runningMs, then completed), so there are no timers to leak or to clean up.
 * `advanceJobs` runs at the start of every request, which makes every observer agree.
 */

export interface NewJob {
  workspaceId: string;
  type: JobType;
  sourceUrl: string | null;
  idempotencyKey: string | null;
  assetId: string | null;
}

export function createJob(state: SandboxState, input: NewJob, now = Date.now()): JobRecord {
  const job: JobRecord = {
    ...input,
    id: randomId('job'),
    seq: nextSeq(state),
    createdAt: now,
    updatedAt: now,
    queuedMs: state.config.queuedMs,
    runningMs: state.config.runningMs,
    status: 'queued',
    error: null,
    result: undefined,
  };
  state.jobs.set(job.id, job);
  return job;
}

const isTerminal = (job: JobRecord): boolean => job.status === 'completed' || job.status === 'failed';

function defaultResult(state: SandboxState, job: JobRecord): unknown {
  if (job.type === 'asset_ingest') return { asset_id: job.assetId, status: 'ready' };
  // A result queued through the control API goes to the next analysis that completes.
  if (state.nextResults.length > 0) return state.nextResults.shift();
  return referenceResultFor(job.sourceUrl ?? '');
}

function settleAsset(state: SandboxState, job: JobRecord): void {
  const asset = job.assetId ? state.assets.get(job.assetId) : undefined;
  if (!asset) return;
  asset.status = job.status === 'completed' ? 'ready' : 'failed';
  asset.updatedAt = job.updatedAt;
}

export function completeJob(state: SandboxState, job: JobRecord, at: number, result?: unknown): void {
  job.status = 'completed';
  job.updatedAt = at;
  job.error = null;
  job.result = result === undefined ? defaultResult(state, job) : result;
  settleAsset(state, job);
}

export function failJob(state: SandboxState, job: JobRecord, at: number, error: { code: string; message: string }): void {
  job.status = 'failed';
  job.updatedAt = at;
  job.error = error;
  job.result = undefined;
  settleAsset(state, job);
}

export function advanceJobs(state: SandboxState, now = Date.now()): void {
  // In finishing order, so "next result" payloads go to jobs in the order they complete.
  const finishTime = (job: JobRecord) => job.createdAt + job.queuedMs + job.runningMs;
  const pending = [...state.jobs.values()].filter((job) => !isTerminal(job)).sort((a, b) => finishTime(a) - finishTime(b) || a.seq - b.seq);
  for (const job of pending) {
    const startsRunning = job.createdAt + job.queuedMs;
    const finishes = startsRunning + job.runningMs;
    if (now >= finishes) completeJob(state, job, finishes);
    else if (now >= startsRunning && job.status === 'queued') {
      job.status = 'running';
      job.updatedAt = startsRunning;
    }
  }
}

export function activeJobCount(state: SandboxState, workspaceId: string): number {
  let count = 0;
  for (const job of state.jobs.values()) {
    if (job.workspaceId === workspaceId && !isTerminal(job)) count += 1;
  }
  return count;
}

/** The public job object. */
export function jobView(job: JobRecord, apiBase: string) {
  return {
    id: job.id,
    object: 'job' as const,
    type: job.type,
    status: job.status,
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
    error: job.error,
    result_url: `${apiBase}/jobs/${job.id}/result`,
    source_url: job.sourceUrl,
  };
}
