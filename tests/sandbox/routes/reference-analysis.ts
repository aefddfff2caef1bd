import type { Hono } from 'hono';
import { z } from 'zod';
import { requireScope } from '../auth';
import { apiBaseOf, type SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { idempotent } from '../idempotency';
import { sandboxNow } from '../store';
import { createJob, jobView } from '../jobs';
import { readJson } from '../json-body';
import { checkReferenceUrl, SUPPORTED_URL_HINT } from '../reference-url';

const bodySchema = z.object({
  url: z.string().optional(),
  // Accepted as an alias: the docs do not name the field, and a client may send either.
  source_url: z.string().optional(),
});

export function registerReferenceAnalysis(api: Hono<SandboxEnv>): void {
  api.post('/reference-analysis', async (c) => {
    requireScope(c, 'reference_analysis:write');
    const { raw, data } = await readJson(c, bodySchema);
    return idempotent(c, raw, (idempotencyKey) => {
      const url = data.url ?? data.source_url;
      if (url === undefined || url.trim() === '') {
        throw new ApiError(400, 'invalid_request', `Provide the video URL as "url". ${SUPPORTED_URL_HINT}`, { param: 'url' });
      }
      const check = checkReferenceUrl(url);
      if (!check.ok) throw new ApiError(422, 'unsupported_url', check.message, { reason: check.reason });

      const state = c.get('state');
      const { workspace } = c.get('auth');
      const required = state.config.requiredCredits;
      if (workspace.remainingCredits < required) {
        throw new ApiError(402, 'insufficient_credits', `This analysis needs ${required} credits; ${workspace.remainingCredits} remain.`, {
          required_credits: required,
          remaining_credits: workspace.remainingCredits,
        });
      }
      workspace.remainingCredits -= required;
      const job = createJob(
        state,
        {
          workspaceId: workspace.id,
          type: 'reference_analysis',
          sourceUrl: check.canonical,
          idempotencyKey,
          assetId: null,
        },
        sandboxNow(state),
      );
      return {
        status: 202,
        body: { job_id: job.id, required_credits: required, status: job.status, job: jobView(job, apiBaseOf(c)) },
      };
    });
  });
}
