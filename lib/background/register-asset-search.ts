/**
 * Asset Library search for the extension's pages: `GET /assets` (q, sort=relevance, a page of
 * PAGE_SIZE, the cursor for more) through the configured client, answered as AssetHits. Each search
 * box names itself (`box`): a newer query from the same box cancels the one still on its way
 * (AbortSignal), so only what the person last typed is fetched. Answers are kept for CACHE_MS, per
 * connection: going back to a query, or to an earlier page, costs no request. Failures come back as
 * the API's own error (with its request id), never as an empty result.
 */
import { assetHit, type AssetSearchAnswer } from '../api/asset-hit';
import type { SumeClient } from '../api/client';
import { serializeFailure } from '../api/errors';
import { t } from '../i18n/t';
import { handle } from '../protocol/handle';
import { searchAssetsRequest } from '../protocol/requests';
import { apiKeyItem, settingsItem } from '../storage';
import { noKeyError } from './capture-service';
import { currentClient } from './sume-client';

export const PAGE_SIZE = 10;
export const CACHE_MS = 60_000;

interface Options {
  client?: () => Promise<SumeClient | null>;
  now?: () => number;
}

export function createAssetSearch({ client = () => currentClient({ attempts: 1 }), now = Date.now }: Options = {}) {
  const inFlight = new Map<string, AbortController>();
  const cache = new Map<string, { at: number; answer: AssetSearchAnswer }>();

  return {
    /** A new key or API address: nothing kept from the last one may show. */
    forget: () => cache.clear(),
    async search({ q, cursor, box }: { q: string; cursor?: string | undefined; box: string }): Promise<AssetSearchAnswer> {
      const query = q.trim();
      const key = JSON.stringify([query, cursor ?? null]);
      inFlight.get(box)?.abort();
      const kept = cache.get(key);
      if (kept && now() - kept.at < CACHE_MS) return kept.answer;
      const sume = await client();
      if (!sume) return { ok: false, error: noKeyError() };
      const controller = new AbortController();
      inFlight.set(box, controller);
      try {
        const page = await sume.searchAssets({ q: query, sort: 'relevance', limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }, controller.signal);
        const answer: AssetSearchAnswer = { ok: true, query, hits: page.data.map(assetHit), nextCursor: page.hasMore ? (page.nextCursor ?? null) : null };
        cache.set(key, { at: now(), answer });
        return answer;
      } catch (error) {
        return { ok: false, error: serializeFailure(error, 'search_failed', t('background_searchFailed')) };
      } finally {
        if (inFlight.get(box) === controller) inFlight.delete(box);
      }
    },
  };
}

export function registerAssetSearch(): ReturnType<typeof createAssetSearch> {
  const search = createAssetSearch();
  handle('searchAssets', { from: 'page', input: searchAssetsRequest }, (input) => search.search(input));
  apiKeyItem.watch(search.forget);
  settingsItem.watch(search.forget);
  return search;
}
