import { ALLOWED_UPLOAD_TYPES } from '../routes/uploads';
import { arr, bool, dateTime, int, num, obj, oneOfStrings, orNull, str, uri } from './builders';
import { resultSchemas } from './result-schemas';
import { nullable, ref, type Schema } from './types';

/** Shared shapes, referenced from paths.ts with `$ref`. Field names match the handlers exactly. */

const list = (item: string): Schema => obj({ object: { type: 'string', const: 'list' }, data: arr(ref(item)), has_more: bool(), next_cursor: orNull(str()) });

export const schemas: Record<string, Schema> = {
  Error: obj({
    error: obj({
      code: str('Stable machine-readable code, e.g. insufficient_credits.'),
      message: str('Human-readable explanation.'),
      details: { type: ['object', 'null'], properties: {}, additionalProperties: true },
    }),
    request_id: str('Quote this to Sume support.'),
  }),
  Me: obj({
    user: obj({ id: str(), email: str(), name: str() }),
    workspace: obj({ id: str(), name: str() }),
    api_key: obj({ id: str(), prefix: str('The first 12 characters of the key.'), scopes: arr(str()) }),
  }),
  Credits: obj({
    plan: str(),
    monthly_credits: int(),
    bonus_credits: int(),
    remaining_credits: int(),
    active_generations: int(),
    max_concurrent_generations: int(),
  }),
  JobError: obj({ code: str(), message: str() }),
  Job: obj({
    id: str(),
    object: { type: 'string', const: 'job' },
    type: oneOfStrings('reference_analysis', 'asset_ingest'),
    status: oneOfStrings('queued', 'running', 'completed', 'failed'),
    created_at: dateTime(),
    updated_at: dateTime(),
    error: nullable(ref('JobError')),
    result_url: uri(),
    source_url: orNull(uri()),
  }),
  JobList: list('Job'),
  JobResult: obj({ job: ref('Job'), result: { anyOf: [ref('ReferenceAnalysisResult'), ref('AssetIngestResult')] } }),
  ...resultSchemas,
  ReferenceAnalysisRequest: obj(
    {
      url: str('Public TikTok video or Instagram Reel/post URL.'),
      source_url: str('Alias of url.'),
    },
    ['url', 'source_url'],
  ),
  ReferenceAnalysisCreated: obj({
    job_id: str(),
    required_credits: int(),
    status: oneOfStrings('queued'),
    job: ref('Job'),
  }),
  PresignRequest: obj(
    {
      filename: str(),
      content_type: oneOfStrings(...ALLOWED_UPLOAD_TYPES),
      size_bytes: { type: 'integer', minimum: 1 },
      purpose: orNull(str('Known value: face_swap_source_video.')),
    },
    ['purpose'],
  ),
  PresignResponse: obj({
    upload_url: uri(),
    method: oneOfStrings('PUT'),
    required_headers: obj({ 'Content-Type': str() }),
    storage_key: str(),
    expires_at: dateTime(),
    max_size_bytes: int(),
  }),
  AssetCreateRequest: obj(
    {
      storage_key: str(),
      filename: str(),
      title: str(),
      source_url: orNull(uri()),
      metadata: obj(
        {
          timecode_seconds: { ...num(), minimum: 0, maximum: 86_400, description: 'Where in the source video this asset was taken (a moment), in seconds.' },
          note: { ...str('A note written about the asset (a moment), at most 500 characters.'), maxLength: 500 },
        },
        ['timecode_seconds', 'note'],
        true,
      ),
    },
    ['title', 'source_url', 'metadata'],
  ),
  AssetCreated: obj({ asset: ref('Asset'), job_id: str() }),
  SearchInfo: obj({ mode: oneOfStrings('auto', 'text'), score: orNull(num()), query: orNull(str()) }),
  Asset: obj(
    {
      id: str(),
      object: { type: 'string', const: 'asset' },
      title: str(),
      filename: str(),
      content_type: str(),
      size_bytes: int(),
      source_url: orNull(uri()),
      source_type: oneOfStrings('upload', 'tiktok', 'instagram'),
      status: oneOfStrings('processing', 'ready', 'failed'),
      created_at: dateTime(),
      updated_at: dateTime(),
      media_url: uri(),
      thumbnail_url: orNull(uri()),
      app_url: uri(),
      start_time_seconds: orNull(num()),
      end_time_seconds: orNull(num()),
      duration_seconds: orNull(num()),
      metadata: obj({ visual_summary: str(), cta_present: bool(), timecode_seconds: num(), note: str() }, ['timecode_seconds', 'note'], true),
      job_id: str(),
      search: ref('SearchInfo'),
    },
    ['search'],
  ),
  AssetList: list('Asset'),
};
