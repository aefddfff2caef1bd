import type { Hono } from 'hono';
import { z } from 'zod';
import { searchAssets } from '../asset-search';
import { assetView, createAsset } from '../assets';
import { requireScope } from '../auth';
import { originOf, type SandboxEnv } from '../context';
import { ApiError } from '../errors';
import { idempotent } from '../idempotency';
import { sandboxNow } from '../store';
import { createJob } from '../jobs';
import { readJson } from '../json-body';
import { pageByOffset, parseLimit } from '../pagination';

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const bodySchema = z.object({
  storage_key: z.string().min(1),
  filename: z.string().min(1).max(255),
  title: z.string().max(200).optional(),
  source_url: httpUrl.nullish(),
  // The documented keys keep their types; anything else the client adds is kept as given. A
  // moment's timecode and note ([A], lib/api/endpoints.ts) are checked as Sume would check them.
  metadata: z
    .looseObject({
      visual_summary: z.string().optional(),
      cta_present: z.boolean().optional(),
      timecode_seconds: z.number().nonnegative().max(86_400).optional(),
      note: z.string().max(500).optional(),
    })
    .refine((m) => Object.keys(m).length <= 50, 'at most 50 keys')
    .optional(),
});

export function registerAssets(api: Hono<SandboxEnv>): void {
  api.post('/assets', async (c) => {
    requireScope(c, 'assets:write');
    const { raw, data } = await readJson(c, bodySchema);
    return idempotent(c, raw, (idempotencyKey) => {
      const state = c.get('state');
      const { workspace } = c.get('auth');
      const upload = state.uploads.get(data.storage_key);
      if (!upload || upload.workspaceId !== workspace.id) {
        throw new ApiError(409, 'upload_not_found', 'No upload with this storage_key exists; presign and PUT the file first.');
      }
      if (upload.status !== 'uploaded') {
        throw new ApiError(409, 'upload_incomplete', 'The file has not been uploaded yet; PUT it to upload_url first.', {
          status: upload.status,
          size_bytes: upload.sizeBytes,
          received_bytes: upload.receivedBytes,
        });
      }
      if (upload.assetId) {
        throw new ApiError(409, 'already_finalized', 'This upload was already turned into an asset.', { asset_id: upload.assetId });
      }
      const job = createJob(
        state,
        {
          workspaceId: workspace.id,
          type: 'asset_ingest',
          sourceUrl: data.source_url ?? null,
          idempotencyKey,
          assetId: null,
        },
        sandboxNow(state),
      );
      const asset = createAsset(
        state,
        {
          upload,
          filename: data.filename,
          title: data.title,
          sourceUrl: data.source_url,
          metadata: data.metadata,
        },
        job.id,
      );
      job.assetId = asset.id;
      upload.assetId = asset.id;
      return { status: 201, body: { asset: assetView(asset, originOf(c)), job_id: job.id } };
    });
  });

  api.get('/assets', (c) => {
    requireScope(c, 'assets:read');
    const limit = parseLimit(c.req.query('limit'));
    const workspaceId = c.get('auth').workspace.id;
    // Only ingested assets are searchable, as the docs say; GET /assets/{id} shows the rest.
    const ready = [...c.get('state').assets.values()].filter((a) => a.workspaceId === workspaceId && a.status === 'ready');
    const { ranked, mode, q } = searchAssets(ready, (name) => c.req.query(name));
    const page = pageByOffset(ranked, limit, c.req.query('cursor'));
    const origin = originOf(c);
    return c.json({
      ...page,
      data: page.data.map(({ asset, score }) => assetView(asset, origin, { mode, score, query: q })),
    });
  });

  api.get('/assets/:assetId', (c) => {
    requireScope(c, 'assets:read');
    const asset = c.get('state').assets.get(c.req.param('assetId') ?? '');
    if (!asset || asset.workspaceId !== c.get('auth').workspace.id) {
      throw new ApiError(404, 'not_found', 'No asset with this id exists in your workspace.');
    }
    return c.json(assetView(asset, originOf(c)));
  });
}
