/**
 * Values baked in at build time. `npm start` builds in development mode with the sandbox's base URL
 * and demo key so the extension is connected out of the box; store builds carry neither.
 */
import { DEFAULT_BASE_URL } from './api/base-url';

export interface BuildDefaults {
  baseUrl: string;
  /** Seeded into storage on first install of a development build only. */
  seedApiKey: string | undefined;
}

export function buildDefaults(): BuildDefaults {
  const env = import.meta.env;
  const isDevelopment = env.MODE === 'development';
  return {
    baseUrl: (isDevelopment && env.WXT_SUME_BASE_URL) || DEFAULT_BASE_URL,
    seedApiKey: (isDevelopment && env.WXT_SUME_API_KEY) || undefined,
  };
}
