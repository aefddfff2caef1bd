import { sourceTypeOf } from './reference-url';
import { ApiError } from './errors';
import type { AssetRecord } from './store';

/**
 * Asset Library search over the documented query parameters. Plain token matching stands in
 * for Sume's semantic search: enough to prove a client sends `q` and reads `search.score`.
 */

export const SORTS = ['relevance', 'created_at_desc', 'created_at_asc', 'duration_desc'] as const;
export const SEARCH_MODES = ['auto', 'text'] as const;

type Query = (name: string) => string | undefined;

function bad(param: string, message: string): ApiError {
  return new ApiError(400, 'invalid_request', message, { param });
}

function choice<T extends string>(query: Query, name: string, allowed: readonly T[], fallback: T): T {
  const value = query(name);
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw bad(name, `${name} must be one of: ${allowed.join(', ')}.`);
  return value as T;
}

function numberParam(query: Query, name: string): number | undefined {
  const value = query(name);
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw bad(name, `${name} must be a non-negative number.`);
  return n;
}

function dateParam(query: Query, name: string): number | undefined {
  const value = query(name);
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw bad(name, `${name} must be an ISO 8601 date-time.`);
  return ms;
}

function boolParam(query: Query, name: string): boolean | undefined {
  const value = query(name);
  if (value === undefined || value === '') return undefined;
  if (value !== 'true' && value !== 'false') throw bad(name, `${name} must be true or false.`);
  return value === 'true';
}

const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function haystack(asset: AssetRecord): string[] {
  const metadataText = Object.values(asset.metadata)
    .flat()
    .filter((v) => typeof v === 'string');
  return tokens([asset.title, asset.filename, ...metadataText].join(' '));
}

/** Share of query words found, 0..1; in auto mode a word prefix counts half. */
export function scoreOf(asset: AssetRecord, q: string, mode: string): number {
  const words = [...new Set(tokens(q))];
  if (words.length === 0) return 0;
  const hay = haystack(asset);
  let hits = 0;
  for (const word of words) {
    if (hay.includes(word)) hits += 1;
    else if (mode === 'auto' && hay.some((h) => h.startsWith(word) || word.startsWith(h))) hits += 0.5;
  }
  return Math.round((hits / words.length) * 1000) / 1000;
}

const metadataHas = (asset: AssetRecord, field: string, wanted: string | undefined): boolean => {
  if (wanted === undefined || wanted === '') return true;
  const value = asset.metadata[field];
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => typeof v === 'string' && v.toLowerCase() === wanted.toLowerCase());
};

export interface Ranked {
  asset: AssetRecord;
  score: number | null;
}

export function searchAssets(assets: readonly AssetRecord[], query: Query): { ranked: Ranked[]; mode: string; q: string | null } {
  const q = query('q')?.trim() || null;
  const mode = choice(query, 'search_mode', SEARCH_MODES, 'auto');
  const sort = choice(query, 'sort', SORTS, q ? 'relevance' : 'created_at_desc');
  const minDuration = numberParam(query, 'min_duration_seconds');
  const maxDuration = numberParam(query, 'max_duration_seconds');
  const after = dateParam(query, 'created_after');
  const before = dateParam(query, 'created_before');
  const cta = boolParam(query, 'cta_present');
  const sourceType = query('source_type');
  const keyword = query('keyword');

  const ranked = assets
    .filter((a) => !sourceType || sourceTypeOf(a.sourceUrl) === sourceType)
    .filter((a) => cta === undefined || a.metadata.cta_present === cta)
    .filter((a) => minDuration === undefined || (a.durationSeconds ?? 0) >= minDuration)
    .filter((a) => maxDuration === undefined || (a.durationSeconds ?? 0) <= maxDuration)
    .filter((a) => (after === undefined || a.createdAt >= after) && (before === undefined || a.createdAt <= before))
    .filter((a) => metadataHas(a, 'segment_type', query('segment_type')) && metadataHas(a, 'brand', query('brand')))
    .filter((a) => metadataHas(a, 'product', query('product')) && metadataHas(a, 'tags', query('tag')))
    .filter((a) => !keyword || haystack(a).includes(keyword.toLowerCase()))
    .map((asset) => ({ asset, score: q ? scoreOf(asset, q, mode) : null }))
    .filter((r) => r.score === null || r.score > 0);

  const newest = (a: Ranked, b: Ranked) => b.asset.seq - a.asset.seq;
  const order: Record<(typeof SORTS)[number], (a: Ranked, b: Ranked) => number> = {
    relevance: (a, b) => (b.score ?? 0) - (a.score ?? 0) || newest(a, b),
    created_at_desc: newest,
    created_at_asc: (a, b) => a.asset.seq - b.asset.seq,
    duration_desc: (a, b) => (b.asset.durationSeconds ?? -1) - (a.asset.durationSeconds ?? -1) || newest(a, b),
  };
  return { ranked: ranked.sort(order[sort]), mode, q };
}
