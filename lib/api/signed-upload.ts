/**
 * PUT to a signed upload URL: only the presign's required headers (never the Sume key, never
 * cookies), https only (plain http on loopback for the sandbox), and errors that name the storage
 * host's status but never the URL, which is a credential. Two senders: fetch (no progress) and
 * XMLHttpRequest (upload progress; needs a document: Chrome's offscreen page, Firefox's background).
 */
import { SumeApiError } from './errors';
import type { Presign } from './schemas';
import type { FetchLike } from './transport';

const OPERATION = 'PUT signed upload URL';
/** Headers a storage host must never receive, whatever a presign response asks for. */
const FORBIDDEN_UPLOAD_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'proxy-authorization']);

export type SignedUpload = Pick<Presign, 'uploadUrl' | 'method' | 'requiredHeaders'>;

function target(upload: SignedUpload): URL {
  let url: URL;
  try {
    url = new URL(upload.uploadUrl);
  } catch {
    throw new SumeApiError({
      kind: 'invalid_response',
      code: 'invalid_upload_url',
      message: 'Sume sent an upload address that is not a URL.',
      operation: OPERATION,
    });
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new SumeApiError({
      kind: 'invalid_response',
      code: 'invalid_upload_url',
      message: 'Sume sent an upload address that is not https.',
      operation: OPERATION,
    });
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
export function storageError(status: number, body: string): SumeApiError {
  const code = /<Code>([A-Za-z]+)<\/Code>/.exec(body)?.[1];
  const expired = status === 403 && /expired/i.test(body);
  return new SumeApiError({
    kind: 'http',
    status,
    code: expired ? 'upload_url_expired' : code ? `storage_${code}` : `storage_http_${status}`,
    message: expired ? 'The upload link expired; a new one is needed.' : `The storage service refused the upload (HTTP ${status}).`,
    operation: OPERATION,
  });
}

/**
 * XMLHttpRequest follows redirects by itself; a signed PUT must not go anywhere but where Sume
 * signed it, so one that was redirected fails (and is never finalized) instead of counting.
 */
const redirected = () =>
  new SumeApiError({
    kind: 'http',
    code: 'upload_redirected',
    message: 'The storage service redirected the upload elsewhere, so it was refused. Try again; if it keeps happening, contact Sume support.',
    operation: OPERATION,
  });
const interrupted = () =>
  new SumeApiError({ kind: 'network', code: 'network_error', message: 'The upload was interrupted. It will be retried.', operation: OPERATION });
const cancelled = () => new SumeApiError({ kind: 'aborted', code: 'aborted', message: 'Upload cancelled.', operation: OPERATION });

export async function uploadToSignedUrl(
  fetchImpl: FetchLike,
  upload: SignedUpload,
  body: BodyInit,
  signal?: AbortSignal,
): Promise<{ etag: string | undefined }> {
  const url = target(upload);
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
    throw signal?.aborted ? cancelled() : interrupted();
  }
  if (!response.ok) throw storageError(response.status, await response.text().catch(() => ''));
  return { etag: response.headers.get('etag') ?? undefined };
}

/** The same PUT with upload progress. The Blob is streamed by the browser from disk, never read here. */
export function uploadWithProgress(upload: SignedUpload, body: Blob, onProgress: (sent: number) => void, signal?: AbortSignal): Promise<void> {
  const url = target(upload);
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, url.toString());
    xhr.withCredentials = false;
    for (const [name, value] of Object.entries(uploadHeaders(upload))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      if (xhr.responseURL && xhr.responseURL !== url.toString()) return reject(redirected());
      return xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(storageError(xhr.status, String(xhr.responseText ?? '')));
    };
    xhr.onerror = () => reject(interrupted());
    xhr.ontimeout = () => reject(interrupted());
    xhr.onabort = () => reject(cancelled());
    if (signal?.aborted) return reject(cancelled());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
