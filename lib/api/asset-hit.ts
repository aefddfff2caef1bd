/**
 * One Asset Library search result as the extension shows it: an asset, or a scene of one (its
 * timecodes), with what matched. Read from `GET /assets` items (schemas.ts); only what can be shown
 * safely is kept: the links must be http(s), a missing score stays missing (null is not 0), and the
 * media's own addresses (which may be private, signed URLs) are not carried at all.
 */
import type { SerializedSumeError } from './errors';
import type { Asset } from './schemas';
import { safeHttpUrl } from '../ui/safe-url';

export interface AssetHit {
  id: string;
  title: string;
  /** Seconds into the asset where the scene starts and ends, when Sume gives them. */
  start?: number;
  end?: number;
  /** What Sume says the scene shows (metadata.visual_summary), the text the query matched against. */
  summary?: string;
  /** Sume's relevance for this query, 0..1; null when it did not score it. */
  score: number | null;
  thumbnailUrl?: string;
  /** [A] The asset's page in Sume (endpoints.ts `app_url`): "Open in Sume" and "Copy link". */
  appUrl?: string;
}

/** One page of a search as the background answers it (`nextCursor`: null on the last page), or Sume's error. */
export type AssetSearchAnswer = { ok: true; query: string; hits: AssetHit[]; nextCursor: string | null } | { ok: false; error: SerializedSumeError };

const seconds = (value: number | undefined | null) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

export function assetHit(asset: Asset): AssetHit {
  const summary = asset.metadata?.visual_summary;
  const hit: AssetHit = { id: asset.id, title: asset.title?.trim() || asset.id, score: asset.search?.score ?? null };
  const start = seconds(asset.start_time_seconds);
  const end = seconds(asset.end_time_seconds);
  if (start !== undefined) hit.start = start;
  if (end !== undefined && (start === undefined || end >= start)) hit.end = end;
  if (typeof summary === 'string' && summary.trim()) hit.summary = summary.trim().slice(0, 300);
  const thumbnailUrl = safeHttpUrl(asset.thumbnail_url);
  const appUrl = safeHttpUrl(asset.app_url);
  if (thumbnailUrl) hit.thumbnailUrl = thumbnailUrl;
  if (appUrl) hit.appUrl = appUrl;
  return hit;
}
