import type { Hono } from 'hono';
import type { SandboxEnv } from '../context';
import { demoWorkspace, iso, type SandboxState } from '../store';

/** What tests assert on. Holds no API keys and no signatures; storage keys appear only here. */
export function stateSnapshot(state: SandboxState) {
  return {
    credits: { remaining: demoWorkspace(state).remainingCredits },
    config: state.config,
    jobs: [...state.jobs.values()].map((job) => ({
      id: job.id,
      type: job.type,
      status: job.status,
      workspace_id: job.workspaceId,
      source_url: job.sourceUrl,
      created_at: iso(job.createdAt),
      updated_at: iso(job.updatedAt),
      asset_id: job.assetId,
      ...(job.idempotencyKey ? { idempotency_key: job.idempotencyKey } : {}),
    })),
    assets: [...state.assets.values()].map((asset) => ({
      id: asset.id,
      title: asset.title,
      filename: asset.filename,
      content_type: asset.contentType,
      size_bytes: asset.sizeBytes,
      source_url: asset.sourceUrl,
      status: asset.status,
      storage_key: asset.storageKey,
      job_id: asset.jobId,
      created_at: iso(asset.createdAt),
      metadata: asset.metadata,
    })),
    uploads: [...state.uploads.values()].map((upload) => ({
      storage_key: upload.storageKey,
      filename: upload.filename,
      content_type: upload.contentType,
      size_bytes: upload.sizeBytes,
      received_bytes: upload.receivedBytes,
      status: upload.status,
      purpose: upload.purpose,
      expires_at: iso(upload.expiresAt),
      asset_id: upload.assetId,
    })),
    requests: { total: state.requestCounts.total, byRoute: { ...state.requestCounts.byRoute } },
    pending_faults: state.faults.length,
    pending_results: state.nextResults.length,
  };
}

export function registerControlState(app: Hono<SandboxEnv>): void {
  app.get('/__sandbox/state', (c) => c.json(stateSnapshot(c.get('state'))));
  app.get('/__sandbox/requests', (c) => c.json(c.get('state').requestLog));
}
