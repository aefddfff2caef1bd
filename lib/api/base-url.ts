/**
 * The configured API base URL decides where the user's key may go, so it is parsed strictly:
 * https only (plain http only on loopback, for the local sandbox), no credentials, no query.
 */
import { t } from '../i18n/t';

export const DEFAULT_BASE_URL = 'https://www.sume.so/api/v1';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type BaseUrlResult = { ok: true; baseUrl: string; origin: string; isLoopback: boolean } | { ok: false; reason: string };

export function parseBaseUrl(input: string): BaseUrlResult {
  const trimmed = input.trim();
  if (trimmed.length === 0) return { ok: false, reason: t('core_baseUrlEmpty') };
  if (trimmed.length > 2048) return { ok: false, reason: t('core_baseUrlTooLong') };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: t('core_baseUrlNotUrl') };
  }
  const isLoopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
    return { ok: false, reason: t('core_baseUrlInsecure') };
  }
  if (url.username || url.password) return { ok: false, reason: t('core_baseUrlCredentials') };
  if (url.search || url.hash) return { ok: false, reason: t('core_baseUrlQuery') };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, baseUrl: `${url.origin}${path}`, origin: url.origin, isLoopback };
}

/**
 * Whether a key saved for `from` may be sent to `to`: only on the same origin. Another origin gets
 * the key the person pastes for it, never the one they saved (a look-alike host would collect it).
 */
export function sameApiOrigin(from: string, to: string): boolean {
  const a = parseBaseUrl(from);
  const b = parseBaseUrl(to);
  return a.ok && b.ok && a.origin === b.origin;
}

/** The host as the browser resolves it: international names in their punycode form (`xn--…`), so look-alikes show. */
export function displayHost(baseUrl: string): string | null {
  const parsed = parseBaseUrl(baseUrl);
  return parsed.ok ? new URL(parsed.origin).host : null;
}

/** The match pattern that grants the extension access to the API origin. */
export function originPermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
