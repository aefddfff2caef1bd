/**
 * Pages of Sume's web app the extension sends people to. [A] Sume's public docs name the API keys
 * settings and credits but give no addresses for them: we assume they sit on the API's own origin
 * under `/settings/api-keys` and `/settings/billing` (`https://www.sume.so/...` in production; the
 * sandbox serves both on its origin). One place to change when Sume documents them.
 */
import { DEFAULT_BASE_URL, parseBaseUrl } from './base-url';

export type SumeAppPage = 'api_keys' | 'billing';

const PATHS: Record<SumeAppPage, string> = { api_keys: '/settings/api-keys', billing: '/settings/billing' };

/** The page on the configured Sume's origin (production's when the base URL is not usable). */
export function sumeAppUrl(page: SumeAppPage, baseUrl: string = DEFAULT_BASE_URL): string {
  const parsed = parseBaseUrl(baseUrl);
  const origin = parsed.ok ? parsed.origin : new URL(DEFAULT_BASE_URL).origin;
  return `${origin}${PATHS[page]}`;
}
