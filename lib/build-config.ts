/**
 * Values baked in at build time. `npm start` builds in development mode with the sandbox's base URL
 * and demo key so the extension starts connected; store builds carry neither. Two functions, not
 * one object, so pages that only need the URL never bundle the key.
 */
import { DEFAULT_BASE_URL } from './api/base-url';

const isDevelopment = () => import.meta.env.MODE === 'development';

export function defaultBaseUrl(): string {
  return (isDevelopment() && import.meta.env.WXT_SUME_BASE_URL) || DEFAULT_BASE_URL;
}

/** Seeded into storage on the first install of a development build only. */
export function developmentSeedKey(): string | undefined {
  return (isDevelopment() && import.meta.env.WXT_SUME_API_KEY) || undefined;
}
