import { createHash } from 'node:crypto';
import { sourceTypeOf } from './reference-url';
import { iso, nextSeq, randomId, type AssetRecord, type SandboxState, type UploadRecord } from './store';

/** Asset records and their public shape. */

export interface NewAsset {
  upload: UploadRecord;
  filename: string;
  title?: string | undefined;
  sourceUrl?: string | null | undefined;
  metadata?: Record<string, unknown> | undefined;
}

/** Videos get a stable pseudo-duration (6–60 s) so duration filters and sorts have data. */
function durationOf(upload: UploadRecord): number | null {
  if (!upload.contentType.startsWith('video/')) return null;
  const byte = createHash('sha256').update(upload.storageKey).digest()[0] ?? 0;
  return 6 + (byte % 55);
}

function visualSummaryOf(title: string, contentType: string): string {
  const kind = contentType.startsWith('video/') ? 'Video' : 'Image';
  return `${kind} "${title}" uploaded from Sume Capture.`;
}

export function createAsset(state: SandboxState, input: NewAsset, jobId: string, now = Date.now()): AssetRecord {
  const title = input.title?.trim() || input.filename.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const asset: AssetRecord = {
    id: randomId('asset'),
    seq: nextSeq(state),
    workspaceId: input.upload.workspaceId,
    storageKey: input.upload.storageKey,
    title,
    filename: input.filename,
    contentType: input.upload.contentType,
    sizeBytes: input.upload.sizeBytes,
    sourceUrl: input.sourceUrl ?? null,
    status: 'processing',
    createdAt: now,
    updatedAt: now,
    durationSeconds: durationOf(input.upload),
    metadata: {
      visual_summary: visualSummaryOf(title, input.upload.contentType),
      cta_present: false,
      ...input.metadata,
    },
    jobId,
  };
  state.assets.set(asset.id, asset);
  return asset;
}

export interface SearchInfo {
  mode: string;
  score: number | null;
  query: string | null;
}

export function assetView(asset: AssetRecord, origin: string, search?: SearchInfo) {
  return {
    id: asset.id,
    object: 'asset' as const,
    title: asset.title,
    filename: asset.filename,
    content_type: asset.contentType,
    size_bytes: asset.sizeBytes,
    source_url: asset.sourceUrl,
    source_type: sourceTypeOf(asset.sourceUrl),
    status: asset.status,
    created_at: iso(asset.createdAt),
    updated_at: iso(asset.updatedAt),
    media_url: `${origin}/__media/${asset.id}/${encodeURIComponent(asset.filename)}`,
    thumbnail_url: null,
    app_url: `${origin}/library/assets/${asset.id}`,
    start_time_seconds: asset.durationSeconds === null ? null : 0,
    end_time_seconds: asset.durationSeconds,
    duration_seconds: asset.durationSeconds,
    metadata: asset.metadata,
    job_id: asset.jobId,
    ...(search ? { search } : {}),
  };
}
