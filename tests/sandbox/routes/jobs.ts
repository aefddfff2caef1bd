import type { Hono } from 'hono';
import { requireScope } from '../auth';
import { apiBaseOf, type SandboxContext, type SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { jobView } from '../jobs';
import { decodeCursor, encodeCursor, parseLimit } from '../pagination';
import type { JobRecord } from '../store';

const TYPES = ['reference_analysis', 'asset_ingest'];
const STATUSES = ['queued', 'running', 'completed', 'failed'];

function oneOf(name: string, value: string | undefined, allowed: string[]): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!allowed.includes(value)) {
    throw new ApiError(400, 'invalid_request', `${name} must be one of: ${allowed.join(', ')}.`, { param: name, allowed });
  }
  return value;
}

/** A job of the caller's workspace, or 404: other workspaces' ids look exactly like unknown ones. */
function findJob(c: SandboxContext): JobRecord {
  const job = c.get('state').jobs.get(c.req.param('jobId') ?? '');
  if (!job || job.workspaceId !== c.get('auth').workspace.id) {
    throw new ApiError(404, 'not_found', 'No job with this id exists in your workspace.');
  }
  return job;
}

export function registerJobs(api: Hono<SandboxEnv>): void {
  api.get('/jobs', (c) => {
    requireScope(c, 'jobs:read');
    const limit = parseLimit(c.req.query('limit'));
    // Keyset paging on creation order, so jobs created meanwhile never shift later pages.
    const before = decodeCursor(c.req.query('cursor'));
    const type = oneOf('type', c.req.query('type'), TYPES);
    const status = oneOf('status', c.req.query('status'), STATUSES);
    const workspaceId = c.get('auth').workspace.id;
    const matching = [...c.get('state').jobs.values()]
      .filter((job) => job.workspaceId === workspaceId)
      .filter((job) => (!type || job.type === type) && (!status || job.status === status))
      .filter((job) => before === null || job.seq < before)
      .sort((a, b) => b.seq - a.seq);
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    const hasMore = matching.length > limit;
    return c.json({
      object: 'list',
      data: page.map((job) => jobView(job, apiBaseOf(c))),
      has_more: hasMore,
      next_cursor: hasMore && last ? encodeCursor(last.seq) : null,
    });
  });

  api.get('/jobs/:jobId', (c) => {
    requireScope(c, 'jobs:read');
    return c.json(jobView(findJob(c), apiBaseOf(c)));
  });

  api.get('/jobs/:jobId/result', (c) => {
    requireScope(c, 'jobs:read');
    const job = findJob(c);
    if (job.status !== 'completed') {
      const message =
        job.status === 'failed'
          ? 'This job failed and has no result; see details.error.'
          : 'This job has not completed yet; poll GET /jobs/{id} until its status is completed.';
      throw new ApiError(409, 'job_not_completed', message, job.error ? { status: job.status, error: job.error } : { status: job.status });
    }
    return c.json({ job: jobView(job, apiBaseOf(c)), result: job.result ?? null });
  });
}
