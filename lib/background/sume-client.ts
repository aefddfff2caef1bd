import { createSumeClient, type SumeClient } from '../api/client';
import { readApiKey, readSettings } from '../storage';

/** A client for the configured API, or null when no key is stored. Reads the key per request. */
export async function currentClient(): Promise<SumeClient | null> {
  const [settings, apiKey] = await Promise.all([readSettings(), readApiKey()]);
  if (!apiKey) return null;
  return createSumeClient({
    baseUrl: settings.baseUrl,
    getApiKey: async () => (await readApiKey()) ?? undefined,
    fetch: (input, init) => fetch(input, init),
    // The outbox and the tracker retry across worker restarts; keep each call short.
    retry: { attempts: 2 },
    timeoutMs: 20_000,
  });
}
