/**
 * PUT to a signed upload URL: only the presign's required headers (never the Sume key, never
 * cookies), https only (plain http on loopback for the sandbox), and errors that name the storage
 * host's status but never the URL, which is a credential. Two senders: fetch (no progress) and
 * XMLHttpRequest (upload progress; needs a document: Chrome's offscreen page, Firefox's background).
 */
import { z } from 'zod';
import { t } from '../i18n/t';
import { SumeApiError } from './errors';
import type { Presign } from './schemas';
import type { FetchLike } from './transport';

// ui-literal: not user-facing (the call's name in errors and diagnostics, never shown)
const OPERATION = 'PUT signed upload URL';
/** Headers a storage host must never receive, whatever a presign response asks for. */
const FORBIDDEN_UPLOAD_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'proxy-authorization']);

export type SignedUpload = Pick<Presign, 'uploadUrl' | 'method' | 'requiredHeaders'>;

/**
 * What the uploader may have to say about an upload, in the person's language. Chrome's offscreen
 * uploader has no i18n API (offscreen documents get `runtime` alone), so the background writes these
 * with `uploadTexts()` and hands them over with each PUT. `storageRefused` keeps `{status}` for the
 * HTTP status, filled in by `storageError`. The uploader checks them with this schema on receipt.
 */
const uploadText = z.string().min(1).max(500);
export const uploadTextsSchema = z.object({
  addressNotUrl: uploadText,
  addressNotHttps: uploadText,
  linkExpired: uploadText,
  storageRefused: uploadText,
  storageRedirected: uploadText,
  interrupted: uploadText,
  cancelled: uploadText,
  bytesGone: uploadText,
  stopped: uploadText,
  linkLost: uploadText,
});
export type UploadTexts = z.infer<typeof uploadTextsSchema>;

const STATUS = '{status}';

/** The uploader's sentences, from the locale files: call it where the browser's i18n API is (not in the offscreen uploader). */
export function uploadTexts(): UploadTexts {
  return {
    addressNotUrl: t('core_uploadAddressNotUrl'),
    addressNotHttps: t('core_uploadAddressNotHttps'),
    linkExpired: t('core_uploadLinkExpired'),
    storageRefused: t('core_storageRefused', { status: STATUS }),
    storageRedirected: t('core_storageRedirected'),
    interrupted: t('core_uploadInterrupted'),
    cancelled: t('core_uploadCancelled'),
    bytesGone: t('core_uploadBytesGone'),
    stopped: t('core_uploadStopped'),
    linkLost: t('core_uploadLinkLost'),
  };
}

function target(upload: SignedUpload, texts: UploadTexts): URL {
  let url: URL;
  try {
    url = new URL(upload.uploadUrl);
  } catch {
    throw new SumeApiError({ kind: 'invalid_response', code: 'invalid_upload_url', message: texts.addressNotUrl, operation: OPERATION });
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new SumeApiError({ kind: 'invalid_response', code: 'invalid_upload_url', message: texts.addressNotHttps, operation: OPERATION });
  }
  return url;
}

export function uploadHeaders(upload: SignedUpload): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(upload.requiredHeaders)) {
    if (!FORBIDDEN_UPLOAD_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  return headers;
}

/** The storage host refused: S3-style XML `<Code>`, and "expired" recognised so a new URL is asked for. */
export function storageError(status: number, body: string, texts: UploadTexts): SumeApiError {
  const code = /<Code>([A-Za-z]+)<\/Code>/.exec(body)?.[1];
  const expired = status === 403 && /expired/i.test(body);
  return new SumeApiError({
    kind: 'http',
    status,
    code: expired ? 'upload_url_expired' : code ? `storage_${code}` : `storage_http_${status}`,
    message: expired ? texts.linkExpired : texts.storageRefused.replace(STATUS, String(status)),
    operation: OPERATION,
  });
}

/**
 * XMLHttpRequest follows redirects by itself; a signed PUT must not go anywhere but where Sume
 * signed it, so one that was redirected fails (and is never finalized) instead of counting.
 */
const redirected = (texts: UploadTexts) =>
  new SumeApiError({ kind: 'http', code: 'upload_redirected', message: texts.storageRedirected, operation: OPERATION });
const interrupted = (texts: UploadTexts) => new SumeApiError({ kind: 'network', code: 'network_error', message: texts.interrupted, operation: OPERATION });
const cancelled = (texts: UploadTexts) => new SumeApiError({ kind: 'aborted', code: 'aborted', message: texts.cancelled, operation: OPERATION });

/** The PUT with fetch, where the i18n API is (the background, tests): `texts` default to the locale files'. */
export async function uploadToSignedUrl(
  fetchImpl: FetchLike,
  upload: SignedUpload,
  body: BodyInit,
  signal?: AbortSignal,
  texts: UploadTexts = uploadTexts(),
): Promise<{ etag: string | undefined }> {
  const url = target(upload, texts);
  let response: Response;
  try {
    response = await fetchImpl(url.toString(), {
      method: upload.method,
      headers: uploadHeaders(upload),
      body,
      credentials: 'omit',
      redirect: 'error',
      ...(signal ? { signal } : {}),
    });
  } catch {
    throw signal?.aborted ? cancelled(texts) : interrupted(texts);
  }
  if (!response.ok) throw storageError(response.status, await response.text().catch(() => ''), texts);
  return { etag: response.headers.get('etag') ?? undefined };
}

/**
 * The same PUT with upload progress. The Blob is streamed by the browser from disk, never read here.
 * Runs in the offscreen uploader on Chrome: `texts` come from the background (see UploadTexts).
 */
export function uploadWithProgress(
  upload: SignedUpload,
  body: Blob,
  onProgress: (sent: number) => void,
  texts: UploadTexts,
  signal?: AbortSignal,
): Promise<void> {
  const url = target(upload, texts);
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, url.toString());
    xhr.withCredentials = false;
    for (const [name, value] of Object.entries(uploadHeaders(upload))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.responseURL && xhr.responseURL !== url.toString()) return reject(redirected(texts));
      return xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(storageError(xhr.status, String(xhr.responseText ?? ''), texts));
    };
    xhr.onerror = () => reject(interrupted(texts));
    xhr.ontimeout = () => reject(interrupted(texts));
    xhr.onabort = () => reject(cancelled(texts));
    if (signal?.aborted) return reject(cancelled(texts));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
