/**
 * One place that scrubs secrets out of any text that might reach a log line, an error message,
 * a notification or the UI: Sume API keys, bearer tokens, signed upload URLs and storage keys.
 */

const API_KEY_PATTERN = /\bsume_[a-z]+_[A-Za-z0-9_-]{6,}/g;
const BEARER_PATTERN = /\b(Bearer)\s+[^\s"',;]+/gi;
const X_API_KEY_PATTERN = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
/** Query parameters that make a URL a credential (S3, GCS, Azure, our sandbox and the like). */
const SIGNED_QUERY_PATTERN =
  /(https?:\/\/[^\s"'<>?#]+)\?[^\s"'<>#]*\b(?:sig|signature|x-amz-signature|x-amz-credential|x-goog-signature|se|sv|token|expires)=[^\s"'<>#]*/gi;
const STORAGE_KEY_PATTERN = /\buploads\/[A-Za-z0-9_./-]+/g;

export const REDACTED = '[redacted]';

/** Replaces every secret in `text`; `known` holds exact secrets the caller knows about. */
export function redact(text: string, known: readonly (string | undefined | null)[] = []): string {
  let out = text;
  for (const secret of known) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(SIGNED_QUERY_PATTERN, `$1?${REDACTED}`)
    .replace(API_KEY_PATTERN, `sume_${REDACTED}`)
    .replace(BEARER_PATTERN, `$1 ${REDACTED}`)
    .replace(X_API_KEY_PATTERN, `$1${REDACTED}`)
    .replace(STORAGE_KEY_PATTERN, `uploads/${REDACTED}`);
}

/** Shows enough of a key for a person to recognise it, never enough to use it. */
export function maskApiKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length <= 12) return '••••';
  return `${trimmed.slice(0, 10)}…${trimmed.slice(-4)}`;
}
