/**
 * Every Sume endpoint the extension calls, with what it relies on from each. The client is built
 * from this table and `npm run contract` checks it against an OpenAPI document, so the two cannot
 * drift apart. Field paths are dotted (`user.id`, `data[].status`); `a|b` means either one will do;
 * a trailing `?` marks a field we read when present and can live without.
 */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

export interface EndpointContract {
  method: 'GET' | 'POST';
  /** OpenAPI-style template; parameter names are not compared. */
  path: string;
  query?: Record<string, FieldType>;
  request?: Record<string, FieldType>;
  response: Record<string, FieldType>;
  /** Sent with create calls so retries cannot create twice. */
  idempotent?: boolean;
}

const JOB_FIELDS = {
  id: 'string',
  status: 'string',
  'type?': 'string',
  'created_at?': 'string',
  'updated_at?': 'string',
  'error?': 'object',
} as const satisfies Record<string, FieldType>;

const ASSET_FIELDS = {
  id: 'string',
  'title?': 'string',
  'status?': 'string',
  'media_url|clip_url?': 'string',
  'thumbnail_url?': 'string',
  'start_time_seconds?': 'number',
  'end_time_seconds?': 'number',
  'metadata?': 'object',
  'search?': 'object',
  'created_at?': 'string',
  // [A] The asset's page in Sume's web app ("Open in Sume"): not in Sume's docs; without it, no such link.
  'app_url?': 'string',
} as const satisfies Record<string, FieldType>;

function prefixed(prefix: string, fields: Record<string, FieldType>): Record<string, FieldType> {
  return Object.fromEntries(Object.entries(fields).map(([name, type]) => [`${prefix}${name}`, type]));
}

export const ENDPOINTS = {
  me: {
    method: 'GET',
    path: '/me',
    response: {
      'user.id': 'string',
      'user.email?': 'string',
      'user.name?': 'string',
      'workspace.id': 'string',
      'workspace.name?': 'string',
      'api_key.prefix?': 'string',
      'api_key.scopes?': 'array',
    },
  },
  credits: {
    method: 'GET',
    path: '/credits',
    response: {
      'remaining_credits|remaining': 'number',
      'plan?': 'string',
      'monthly_credits?': 'number',
      'bonus_credits?': 'number',
    },
  },
  listJobs: {
    method: 'GET',
    path: '/jobs',
    query: { limit: 'integer', cursor: 'string', type: 'string', status: 'string' },
    response: { data: 'array', 'has_more?': 'boolean', 'next_cursor?': 'string', ...prefixed('data[].', JOB_FIELDS) },
  },
  getJob: { method: 'GET', path: '/jobs/{jobId}', response: JOB_FIELDS },
  getJobResult: { method: 'GET', path: '/jobs/{jobId}/result', response: { result: 'object', 'job?': 'object' } },
  createReferenceAnalysis: {
    method: 'POST',
    path: '/reference-analysis',
    idempotent: true,
    request: { url: 'string' },
    response: { 'job_id|job.id': 'string', 'required_credits?': 'number' },
  },
  presignUpload: {
    method: 'POST',
    path: '/uploads/presign',
    idempotent: true,
    request: { filename: 'string', content_type: 'string', size_bytes: 'integer' },
    response: { upload_url: 'string', storage_key: 'string', 'required_headers?': 'object', 'method?': 'string', 'expires_at?': 'string' },
  },
  finalizeAsset: {
    method: 'POST',
    path: '/assets',
    idempotent: true,
    request: {
      storage_key: 'string',
      filename: 'string',
      'title?': 'string',
      'source_url?': 'string',
      // [A] Free-form metadata kept with the asset: Sume's docs name the body only up to source_url.
      'metadata?': 'object',
      // [A] A moment's place in its reel (seconds) and the person's note: not in Sume's docs; without
      // them the asset still exists, named by its file name ("Moment at 0∶07 · @creator · TikTok.png").
      'metadata.timecode_seconds?': 'number',
      'metadata.note?': 'string',
    },
    // [A] app_url: the new asset's page in Sume, where a moment opens (as for search results).
    response: { 'asset.id|id': 'string', 'job_id?': 'string', 'asset.app_url|app_url?': 'string' },
  },
  searchAssets: {
    method: 'GET',
    path: '/assets',
    query: { q: 'string', limit: 'integer', cursor: 'string', sort: 'string' },
    response: { data: 'array', 'has_more?': 'boolean', 'next_cursor?': 'string', ...prefixed('data[].', ASSET_FIELDS) },
  },
  getAsset: { method: 'GET', path: '/assets/{assetId}', response: ASSET_FIELDS },
} as const satisfies Record<string, EndpointContract>;

export type EndpointName = keyof typeof ENDPOINTS;
