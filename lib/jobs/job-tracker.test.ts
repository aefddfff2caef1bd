import { describe, expect, it } from 'vitest';
import { applyPoll, applyPollFailure, dueJobs, nextPollTime, pollDelay, shouldBatch, startTracking } from './job-tracker';

describe('job tracker', () => {
  it('polls quickly at first, then slower, capped at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => pollDelay(n))).toEqual([2000, 3000, 4500, 6750, 10125, 15188, 22781, 30000, 30000]);
  });

  it('a job followed to completion', () => {
    let job = startTracking('job_1', 'queued', 0);
    expect(job.nextPollAt).toBe(2000);
    job = applyPoll(job, { status: 'running' }, 2000);
    expect(job).toMatchObject({ status: 'running', polls: 1, nextPollAt: 5000 });
    job = applyPoll(job, { status: 'completed' }, 5000);
    expect(job).toMatchObject({ status: 'completed', finishedAt: 5000 });
    expect(nextPollTime([job])).toBeUndefined();
  });

  it.each(['failed', 'canceled', 'expired'] as const)('%s is terminal and keeps the cleaned error', (status) => {
    const job = applyPoll(startTracking('j', 'running', 0), { status, error: { code: 'source_unavailable', message: 'Private video' } }, 10);
    expect(job).toMatchObject({ status, finishedAt: 10, error: { code: 'source_unavailable' } });
  });

  it('an unknown status keeps polling, until the time limit', () => {
    const job = startTracking('j', 'queued', 0);
    expect(applyPoll(job, { status: 'unknown' }, 60_000).status).toBe('unknown');
    expect(applyPoll(job, { status: 'unknown' }, 46 * 60_000)).toMatchObject({ status: 'expired', error: { code: 'unknown_status' } });
  });

  it('a failed poll waits at least Retry-After', () => {
    const job = startTracking('j', 'queued', 0);
    expect(applyPollFailure(job, 1000, 20_000).nextPollAt).toBe(21_000);
    expect(applyPollFailure(job, 1000, undefined, undefined, () => 0).nextPollAt).toBe(4000);
  });

  it('polls that keep failing back off on the retry policy, and one answer resets it', () => {
    let job = startTracking('j', 'running', 0);
    for (let n = 0; n < 8; n++) job = applyPollFailure(job, 0, undefined, undefined, () => 1);
    expect(job.failures).toBe(8);
    expect(job.nextPollAt).toBe(256_000);
    job = applyPoll(job, { status: 'running' }, 0);
    expect(job.failures).toBeUndefined();
    expect(job.nextPollAt).toBe(30_000);
  });

  it('nothing active: nothing due, nothing scheduled', () => {
    const done = applyPoll(startTracking('j', 'running', 0), { status: 'completed' }, 1);
    expect(dueJobs([done, undefined], 1e12)).toEqual([]);
    expect(nextPollTime([done, undefined])).toBeUndefined();
  });

  it('many due jobs are polled with one list request', () => {
    expect(shouldBatch(3)).toBe(false);
    expect(shouldBatch(4)).toBe(true);
  });
});
