import { DEFAULT_LIMIT, MAX_LIMIT } from '../pagination';
import { SEARCH_MODES, SORTS } from '../asset-search';
import { oneOfStrings } from './builders';
import { ref, type Operation, type Parameter, type PathItem, type ResponseObject, type Schema } from './types';

/** Every route the sandbox serves under /api/v1. A test keeps this in step with the app's routes. */

const requestIdHeader = { 'X-Request-Id': { description: 'Unique per request; quote it to support.', schema: { type: 'string' } } } as const;

const json = (name: string, description: string): ResponseObject => ({
  description,
  headers: { ...requestIdHeader },
  content: { 'application/json': { schema: ref(name) } },
});

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid request (bad JSON, missing field, bad parameter).',
  401: 'API key missing, malformed, unknown or revoked.',
  402: 'Not enough credits; details has required_credits and remaining_credits.',
  403: 'The key lacks the scope this operation needs.',
  404: 'Not found in this workspace.',
  409: 'Conflict with the current state; see error.code.',
  422: 'Unprocessable: unsupported URL or file, or a reused Idempotency-Key.',
  429: 'Rate limited; see Retry-After and RateLimit-* headers.',
  500: 'Unexpected server error.',
};

function withErrors(success: Record<string, ResponseObject>, ...statuses: number[]): Record<string, ResponseObject> {
  const errors = [401, 429, 500, ...statuses].map((status) => [String(status), json('Error', ERROR_TEXT[status] ?? 'Error.')]);
  return { ...success, ...Object.fromEntries(errors) };
}

const query = (name: string, schema: Schema, description?: string): Parameter => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});
const pathParam = (name: string): Parameter => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const idempotencyKey: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Same key and body within 24 h replays the first success (header Idempotent-Replayed: true).',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const paging = [
  query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  query('cursor', { type: 'string' }, 'next_cursor from the previous page.'),
];
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });

const op = (operation: Operation): Operation => operation;

export const paths: Record<string, PathItem> = {
  '/openapi.json': {
    get: op({
      operationId: 'getOpenApi',
      summary: 'This document.',
      security: [],
      responses: {
        200: {
          description: 'OpenAPI 3.1 document.',
          content: { 'application/json': { schema: { type: 'object', properties: {}, additionalProperties: true } } },
        },
      },
    }),
  },
  '/me': { get: op({ operationId: 'getMe', summary: 'Who the key belongs to.', responses: withErrors({ 200: json('Me', 'The key owner.') }, 403) }) },
  '/credits': {
    get: op({ operationId: 'getCredits', summary: 'Credit balance and capacity.', responses: withErrors({ 200: json('Credits', 'Credits.') }, 403) }),
  },
  '/jobs': {
    get: op({
      operationId: 'listJobs',
      summary: 'Jobs, newest first.',
      parameters: [
        ...paging,
        query('type', oneOfStrings('reference_analysis', 'asset_ingest')),
        query('status', oneOfStrings('queued', 'running', 'completed', 'failed')),
      ],
      responses: withErrors({ 200: json('JobList', 'A page of jobs.') }, 400, 403),
    }),
  },
  '/jobs/{jobId}': {
    get: op({
      operationId: 'getJob',
      summary: 'One job.',
      parameters: [pathParam('jobId')],
      responses: withErrors({ 200: json('Job', 'The job.') }, 403, 404),
    }),
  },
  '/jobs/{jobId}/result': {
    get: op({
      operationId: 'getJobResult',
      summary: 'Result of a completed job; 409 job_not_completed before.',
      parameters: [pathParam('jobId')],
      responses: withErrors({ 200: json('JobResult', 'The job and its result.') }, 403, 404, 409),
    }),
  },
  '/reference-analysis': {
    post: op({
      operationId: 'createReferenceAnalysis',
      summary: 'Analyse a public TikTok video or Instagram Reel. Spends credits.',
      parameters: [idempotencyKey],
      requestBody: body('ReferenceAnalysisRequest'),
      responses: withErrors({ 202: json('ReferenceAnalysisCreated', 'Job queued; credits spent.') }, 400, 402, 403, 422),
    }),
  },
  '/uploads/presign': {
    post: op({
      operationId: 'presignUpload',
      summary: 'Get a signed URL to PUT a file to.',
      parameters: [idempotencyKey],
      requestBody: body('PresignRequest'),
      responses: withErrors({ 200: json('PresignResponse', 'Signed upload URL.') }, 400, 403, 422),
    }),
  },
  '/assets': {
    get: op({
      operationId: 'listAssets',
      summary: 'Search the Asset Library (ingested assets only).',
      parameters: [
        query('q', { type: 'string' }),
        query('search_mode', oneOfStrings(...SEARCH_MODES)),
        query('source_type', { type: 'string' }),
        query('segment_type', { type: 'string' }),
        query('brand', { type: 'string' }),
        query('product', { type: 'string' }),
        query('tag', { type: 'string' }),
        query('keyword', { type: 'string' }),
        query('cta_present', { type: 'boolean' }),
        query('min_duration_seconds', { type: 'number' }),
        query('max_duration_seconds', { type: 'number' }),
        query('created_after', { type: 'string', format: 'date-time' }),
        query('created_before', { type: 'string', format: 'date-time' }),
        query('sort', oneOfStrings(...SORTS)),
        ...paging,
      ],
      responses: withErrors({ 200: json('AssetList', 'A page of assets.') }, 400, 403),
    }),
    post: op({
      operationId: 'createAsset',
      summary: 'Finalize an upload into an asset and start ingest.',
      parameters: [idempotencyKey],
      requestBody: body('AssetCreateRequest'),
      responses: withErrors({ 201: json('AssetCreated', 'Asset created; ingest job queued.') }, 400, 403, 409),
    }),
  },
  '/assets/{assetId}': {
    get: op({
      operationId: 'getAsset',
      summary: 'One asset.',
      parameters: [pathParam('assetId')],
      responses: withErrors({ 200: json('Asset', 'The asset.') }, 403, 404),
    }),
  },
};
