/**
 * `sume <words>` in the address bar: the Asset Library's best matches as suggestions while typing
 * (the same search as the side panel's, its own box, so a newer keystroke cancels the older query);
 * choosing one opens it in Sume, and Enter on the words opens the search page (the side panel's page
 * in a tab, the query filled in). Only an address this keyword itself suggested is ever opened as
 * one: anything else typed is words to search for.
 */
import { browser } from 'wxt/browser';
import type { AssetHit } from '../api/asset-hit';
import { t } from '../i18n/t';
import type { createAssetSearch } from './register-asset-search';

const SUGGESTIONS = 5;
const BOX = 'omnibox';

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Chrome reads a suggestion's description as XML (it may carry <match> and <dim>); Firefox as text. */
const xml = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

export function suggestionOf(hit: AssetHit & { appUrl: string }, markup: boolean): OmniboxSuggestion {
  const text = hit.summary ? `${hit.title} — ${hit.summary}` : hit.title;
  return { content: hit.appUrl, description: markup ? xml(text) : text };
}

export function registerOmnibox(search: ReturnType<typeof createAssetSearch>): { suggest(text: string): Promise<OmniboxSuggestion[]> } {
  /** The addresses this keyword suggested: the only ones Enter opens as addresses. */
  const suggested = new Set<string>();
  const markup = !import.meta.env.FIREFOX;

  async function suggest(text: string): Promise<OmniboxSuggestion[]> {
    if (!text.trim()) return [];
    const answer = await search.search({ q: text, box: BOX });
    if (!answer.ok) return [];
    const hits = answer.hits.filter((hit): hit is AssetHit & { appUrl: string } => hit.appUrl !== undefined).slice(0, SUGGESTIONS);
    for (const hit of hits) suggested.add(hit.appUrl);
    return hits.map((hit) => suggestionOf(hit, markup));
  }

  browser.omnibox.setDefaultSuggestion({ description: t('background_omniboxDefault', { query: '%s' }) });
  browser.omnibox.onInputChanged.addListener((text, show) => void suggest(text).then(show, () => show([])));
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = suggested.has(text) ? text : browser.runtime.getURL(`/sidepanel.html?q=${encodeURIComponent(text.trim())}`);
    if (disposition === 'currentTab') void browser.tabs.update({ url });
    else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
  });
  return { suggest };
}
