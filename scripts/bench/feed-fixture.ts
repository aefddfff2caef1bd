/**
 * The TikTok For You fixture (tests/fixtures/tiktok-foryou.html) as the browser sections use it,
 * and the in-page handle on its `window.__fixture` driver.
 *
 * The fixture virtualizes like TikTok does: after every `append` it keeps only the last 16 items in
 * the DOM (MAX_MOUNTED) and has no switch to turn that off. The per-item section therefore runs
 * two feeds: the fixture as written (N = items appended so far, ≤ 16 in the DOM), and a copy with
 * that one constant lifted at serve time, so that N items really sit in the DOM. If the constant
 * ever changes shape, the second feed is skipped and the report says so.
 */
import { fixture, fixtureHtml, type FixtureApi } from '../../tests/fixtures/index';

export const FORYOU_URL = fixture('tiktok-foryou').urls[0] ?? 'https://www.tiktok.com/foryou';
export const FORYOU_ORIGIN = new URL(FORYOU_URL).origin;
/** The same page with virtualization lifted (see above); the query only selects what is served. */
export const FORYOU_ALL_IN_DOM_URL = `${FORYOU_URL}?bench=all-in-dom`;

/** The list every feed item is appended to, and the attribute of the extension's button hosts. */
export const LIST_SELECTOR = '#column-list-container';
export const HOST_SELECTOR = '[data-sume-capture]';
export const EXPECT_SELECTOR = '[data-fixture-expect]';

/** `window.__fixture` of the For You page, whose feed has both of these. */
export type FeedFixture = FixtureApi & Required<Pick<FixtureApi, 'append' | 'virtualize'>>;

const MAX_MOUNTED = /const MAX_MOUNTED = \d+;/;

export interface ForyouVariants {
  html: string;
  /** Null when the fixture's virtualization can no longer be lifted this way. */
  allInDomHtml: string | null;
}

export async function foryouHtml(): Promise<ForyouVariants> {
  const html = await fixtureHtml('tiktok-foryou');
  return { html, allInDomHtml: MAX_MOUNTED.test(html) ? html.replace(MAX_MOUNTED, 'const MAX_MOUNTED = Infinity;') : null };
}

/** Serves the right variant by URL (both under the real hostname, so the content script injects). */
export function pickForyouVariant(url: string, variants: ForyouVariants): string {
  return new URL(url).searchParams.get('bench') === 'all-in-dom' && variants.allInDomHtml ? variants.allInDomHtml : variants.html;
}
