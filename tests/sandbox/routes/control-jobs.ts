import type { Hono } from 'hono';
import { z } from 'zod';
import { apiBaseOf, type SandboxContext, type SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { advanceJobs, completeJob, failJob, jobView } from '../jobs';
import { readJson, readOptionalJson } from '../json-body';
import { type JobRecord, sandboxNow } from '../store';

/** Drives jobs by hand: finish now, fail now, or choose the next analysis result (e.g. hostile content). */

function jobOf(c: SandboxContext): JobRecord {
  const job = c.get('state').jobs.get(c.req.param('id') ?? '');
  if (!job) throw new ApiError(404, 'not_found', 'No such job.');
  return job;
}

export function registerControlJobs(app: Hono<SandboxEnv>): void {
  app.post('/__sandbox/jobs/:id/complete', async (c) => {
    const job = jobOf(c);
    const body = await readOptionalJson(c, z.object({ result: z.unknown().optional() }));
    completeJob(c.get('state'), job, sandboxNow(c.get('state')), body.result);
    return c.json({ job: jobView(job, apiBaseOf(c)) });
  });

  app.post('/__sandbox/jobs/:id/fail', async (c) => {
    const job = jobOf(c);
    const body = await readOptionalJson(c, z.object({ code: z.string().min(1).optional(), message: z.string().optional() }));
    failJob(c.get('state'), job, sandboxNow(c.get('state')), {
      code: body.code ?? 'processing_failed',
      message: body.message ?? 'The video could not be processed.',
    });
    return c.json({ job: jobView(job, apiBaseOf(c)) });
  });

  /** Moves the job clock forward: queued and running jobs progress as if `ms` had passed. */
  app.post('/__sandbox/clock', async (c) => {
    const { data } = await readJson(
      c,
      z.object({
        advanceMs: z
          .number()
          .int()
          .min(0)
          .max(30 * 24 * 3_600_000),
      }),
    );
    const state = c.get('state');
    state.clockOffsetMs += data.advanceMs;
    advanceJobs(state, sandboxNow(state));
    return c.json({ offsetMs: state.clockOffsetMs, now: new Date(sandboxNow(state)).toISOString() });
  });

  app.post('/__sandbox/next-result', async (c) => {
    const { data } = await readJson(c, z.object({ result: z.unknown() }));
    if (data.result === undefined) throw new ApiError(400, 'invalid_request', 'Provide "result".');
    const state = c.get('state');
    state.nextResults.push(data.result);
    return c.json({ queued: state.nextResults.length }, 201);
  });
}
