/**
 * `createSumeClient` — typed methods for every Sume endpoint the extension uses. Requests go only
 * to `baseUrl` with the key; the signed upload goes only to the presign's URL, without it.
 */
import { t } from '../i18n/t';
import { ENDPOINTS, type EndpointName } from './endpoints';
import { SumeApiError } from './errors';
import {
  assetListSchema,
  assetSchema,
  creditsSchema,
  finalizeSchema,
  jobListSchema,
  jobResultSchema,
  jobSchema,
  meSchema,
  presignSchema,
  referenceAnalysisCreatedSchema,
  type Presign,
} from './schemas';
import { uploadToSignedUrl } from './signed-upload';
import { createTransport, type TransportOptions } from './transport';

export type SumeClientOptions = TransportOptions;
export { uploadToSignedUrl };

export interface ListJobsParams {
  limit?: number;
  cursor?: string;
  type?: string;
  status?: string;
}

export interface SearchAssetsParams {
  q?: string;
  limit?: number;
  cursor?: string;
  sort?: 'relevance' | 'created_at_desc' | 'created_at_asc' | 'duration_desc';
  search_mode?: 'auto' | 'text';
  source_type?: string;
}

export interface PresignParams {
  filename: string;
  contentType: string;
  sizeBytes: number;
  purpose?: string;
  idempotencyKey: string;
}

export interface FinalizeParams {
  storageKey: string;
  filename: string;
  title?: string;
  sourceUrl?: string;
  metadata?: Record<string, unknown>;
  idempotencyKey: string;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

function pathId(value: string, what: 'job' | 'asset'): string {
  if (!ID_PATTERN.test(value)) {
    throw new SumeApiError({ kind: 'http', code: 'invalid_id', message: what === 'job' ? t('core_invalidJobId') : t('core_invalidAssetId') });
  }
  return value;
}

function operation(name: EndpointName): string {
  return `${ENDPOINTS[name].method} ${ENDPOINTS[name].path}`;
}

export function createSumeClient(options: SumeClientOptions) {
  const { request } = createTransport(options);
  const signalOnly = (signal?: AbortSignal) => (signal ? { signal } : {});

  return {
    baseUrl: options.baseUrl,

    me: (signal?: AbortSignal) => request({ method: 'GET', path: '/me', schema: meSchema, operation: operation('me'), ...signalOnly(signal) }),

    credits: (signal?: AbortSignal) =>
      request({ method: 'GET', path: '/credits', schema: creditsSchema, operation: operation('credits'), ...signalOnly(signal) }),

    listJobs: (params: ListJobsParams = {}, signal?: AbortSignal) =>
      request({ method: 'GET', path: '/jobs', query: { ...params }, schema: jobListSchema, operation: operation('listJobs'), ...signalOnly(signal) }),

    getJob: async (jobId: string, signal?: AbortSignal) =>
      request({ method: 'GET', path: `/jobs/${pathId(jobId, 'job')}`, schema: jobSchema, operation: operation('getJob'), ...signalOnly(signal) }),

    getJobResult: async (jobId: string, signal?: AbortSignal) =>
      request({
        method: 'GET',
        path: `/jobs/${pathId(jobId, 'job')}/result`,
        schema: jobResultSchema,
        operation: operation('getJobResult'),
        ...signalOnly(signal),
      }),

    createReferenceAnalysis: (params: { url: string; idempotencyKey: string }, signal?: AbortSignal) =>
      request({
        method: 'POST',
        path: '/reference-analysis',
        body: { url: params.url },
        idempotencyKey: params.idempotencyKey,
        schema: referenceAnalysisCreatedSchema,
        operation: operation('createReferenceAnalysis'),
        ...signalOnly(signal),
      }),

    presignUpload: (params: PresignParams, signal?: AbortSignal) =>
      request({
        method: 'POST',
        path: '/uploads/presign',
        body: {
          filename: params.filename,
          content_type: params.contentType,
          size_bytes: params.sizeBytes,
          ...(params.purpose ? { purpose: params.purpose } : {}),
        },
        idempotencyKey: params.idempotencyKey,
        schema: presignSchema,
        operation: operation('presignUpload'),
        ...signalOnly(signal),
      }),

    uploadToSignedUrl: (presign: Presign, body: BodyInit, signal?: AbortSignal) => uploadToSignedUrl(options.fetch, presign, body, signal),

    finalizeAsset: (params: FinalizeParams, signal?: AbortSignal) =>
      request({
        method: 'POST',
        path: '/assets',
        body: {
          storage_key: params.storageKey,
          filename: params.filename,
          ...(params.title ? { title: params.title } : {}),
          ...(params.sourceUrl ? { source_url: params.sourceUrl } : {}),
          ...(params.metadata ? { metadata: params.metadata } : {}),
        },
        idempotencyKey: params.idempotencyKey,
        schema: finalizeSchema,
        operation: operation('finalizeAsset'),
        ...signalOnly(signal),
      }),

    searchAssets: (params: SearchAssetsParams = {}, signal?: AbortSignal) =>
      request({ method: 'GET', path: '/assets', query: { ...params }, schema: assetListSchema, operation: operation('searchAssets'), ...signalOnly(signal) }),

    getAsset: async (assetId: string, signal?: AbortSignal) =>
      request({ method: 'GET', path: `/assets/${pathId(assetId, 'asset')}`, schema: assetSchema, operation: operation('getAsset'), ...signalOnly(signal) }),
  };
}

export type SumeClient = ReturnType<typeof createSumeClient>;
