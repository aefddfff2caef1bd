/**
 * When to poll which job: quick at first, slower as a job runs long, Retry-After honoured, one
 * list request instead of many when several jobs are due, and nothing at all when none is active.
 * Pure: the background runs it (see lib/background/capture-runner.ts).
 */
import { TERMINAL_STATUSES, type JobStatus } from '../api/schemas';
import { t } from '../i18n/t';
import { backoffDelay, POLL_FAILURE_BACKOFF } from '../retry/retry';
import type { TrackedJob } from '../captures/capture-record';

export interface PollPolicy {
  firstDelayMs: number;
  growth: number;
  maxDelayMs: number;
  /** An unknown status is not terminal, but not forever either. */
  unknownStatusLimitMs: number;
  /** From this many due jobs on, one `GET /jobs` list replaces per-job requests. */
  batchFrom: number;
}

export const POLL_POLICY: PollPolicy = {
  firstDelayMs: 2_000,
  growth: 1.5,
  maxDelayMs: 30_000,
  unknownStatusLimitMs: 45 * 60_000,
  batchFrom: 4,
};

export function isTerminal(status: JobStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Delay before the next poll after `polls` polls: 2 s, 3 s, 4.5 s, … up to 30 s. */
export function pollDelay(polls: number, policy: PollPolicy = POLL_POLICY): number {
  return Math.min(policy.maxDelayMs, Math.round(policy.firstDelayMs * policy.growth ** Math.max(0, polls)));
}

export function startTracking(jobId: string, status: JobStatus, now: number, policy: PollPolicy = POLL_POLICY): TrackedJob {
  return { id: jobId, status, since: now, polls: 0, nextPollAt: now + policy.firstDelayMs };
}

export function isActive(job: TrackedJob | undefined): job is TrackedJob {
  return job !== undefined && !isTerminal(job.status);
}

export function dueJobs(jobs: readonly (TrackedJob | undefined)[], now: number): TrackedJob[] {
  return jobs.filter(isActive).filter((job) => job.nextPollAt <= now);
}

/** The earliest next poll among active jobs; undefined means: schedule nothing. */
export function nextPollTime(jobs: readonly (TrackedJob | undefined)[]): number | undefined {
  const times = jobs.filter(isActive).map((job) => job.nextPollAt);
  return times.length ? Math.min(...times) : undefined;
}

export function shouldBatch(dueCount: number, policy: PollPolicy = POLL_POLICY): boolean {
  return dueCount >= policy.batchFrom;
}

/** A poll answered: record the status and plan the next poll (or finish). */
export function applyPoll(
  job: TrackedJob,
  update: { status: JobStatus; error?: { code?: string; message?: string } | undefined },
  now: number,
  policy: PollPolicy = POLL_POLICY,
): TrackedJob {
  const polls = job.polls + 1;
  // A readable answer ends a run of failures.
  const { failures: _reset, ...answered } = job;
  job = answered;
  if (isTerminal(update.status)) {
    return { ...job, status: update.status, polls, finishedAt: now, ...(update.error ? { error: update.error } : {}) };
  }
  if (update.status === 'unknown' && now - job.since > policy.unknownStatusLimitMs) {
    return { ...job, status: 'expired', polls, finishedAt: now, error: { code: 'unknown_status', message: t('core_jobNoResult') } };
  }
  return { ...job, status: update.status, polls, nextPollAt: now + pollDelay(polls, policy) };
}

/**
 * A poll that failed (offline, 5xx, 429): try again later on the one retry policy (lib/retry:
 * backoff with jitter, never sooner than Retry-After), and never sooner than the next planned poll.
 */
export function applyPollFailure(
  job: TrackedJob,
  now: number,
  retryAfterMs: number | undefined,
  policy: PollPolicy = POLL_POLICY,
  random: () => number = Math.random,
): TrackedJob {
  const polls = job.polls + 1;
  const failures = (job.failures ?? 0) + 1;
  const wait = Math.max(pollDelay(polls, policy), backoffDelay(failures, POLL_FAILURE_BACKOFF, { random, retryAfterMs }));
  return { ...job, polls, failures, nextPollAt: now + wait };
}
