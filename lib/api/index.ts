export { createSumeClient, type SumeClient, type SumeClientOptions } from './client';
export { uploadToSignedUrl, uploadWithProgress, uploadHeaders, type SignedUpload } from './signed-upload';
export { SumeApiError, isSumeApiError, serializedSumeErrorSchema, type SerializedSumeError, type SumeErrorKind } from './errors';
export { redact, maskApiKey, REDACTED } from './redact';
export { DEFAULT_BASE_URL, parseBaseUrl, originPermissionPattern } from './base-url';
export { ENDPOINTS, type EndpointContract, type FieldType } from './endpoints';
export * from './schemas';
