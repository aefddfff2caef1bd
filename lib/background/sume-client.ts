import { createSumeClient, type SumeClient } from '../api/client';
import { readApiKey, readSettings } from '../storage';

/**
 * Whether Sume was unreachable (a dropped connection, a 5xx) and has answered again since. When it
 * does, whatever waits on a backoff goes at once (onSumeBack) instead of sleeping out minutes.
 * A 429 is neither: Sume is there, and its Retry-After stands.
 */
let unreachable = false;
const backListeners = new Set<() => void>();

export function onSumeBack(listener: () => void): () => void {
  backListeners.add(listener);
  return () => backListeners.delete(listener);
}

export function observeAnswer(outcome: 'answered' | 'unreachable' | 'neither'): void {
  if (outcome === 'unreachable') unreachable = true;
  else if (outcome === 'answered' && unreachable) {
    unreachable = false;
    for (const listener of backListeners) listener();
  }
}

async function observedFetch(input: string, init?: RequestInit): Promise<Response> {
  try {
    const response = await fetch(input, init);
    observeAnswer(response.status >= 500 ? 'unreachable' : response.status === 429 ? 'neither' : 'answered');
    return response;
  } catch (error) {
    // A cancel is ours, not Sume's.
    observeAnswer(init?.signal?.aborted ? 'neither' : 'unreachable');
    throw error;
  }
}

/**
 * A client for the configured API, or null when no key is stored. Reads the key per request.
 * `attempts`: a search the person waits on tries once and says what went wrong.
 */
export async function currentClient({ attempts = 2 }: { attempts?: number } = {}): Promise<SumeClient | null> {
  const [settings, apiKey] = await Promise.all([readSettings(), readApiKey()]);
  if (!apiKey) return null;
  return createSumeClient({
    baseUrl: settings.baseUrl,
    getApiKey: async () => (await readApiKey()) ?? undefined,
    fetch: observedFetch,
    // The outbox and the tracker retry across worker restarts; keep each call short.
    retry: { attempts },
    timeoutMs: 20_000,
  });
}
