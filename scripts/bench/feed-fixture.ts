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
import { keepingEveryItem } from '../../tests/fixtures/keep-all';

export const FORYOU_URL = fixture('tiktok-foryou').urls[0] ?? 'https://www.tiktok.com/foryou';
export const FORYOU_ORIGIN = new URL(FORYOU_URL).origin;
/** The same page with virtualization lifted (see above); the query only selects what is served. */
export const FORYOU_ALL_IN_DOM_URL = `${FORYOU_URL}?bench=all-in-dom`;
/** All in DOM as well, with every item `content-visibility: auto`: the browser skips laying out those off screen. */
export const FORYOU_ALL_IN_DOM_SKIPPED_URL = `${FORYOU_URL}?bench=all-in-dom-skipped`;

/** The list every feed item is appended to, and the attribute of the extension's button hosts. */
export const LIST_SELECTOR = '#column-list-container';
export const HOST_SELECTOR = '[data-sume-capture]';
export const EXPECT_SELECTOR = '[data-fixture-expect]';

/** `window.__fixture` of the For You page, whose feed has both of these. */
export type FeedFixture = FixtureApi & Required<Pick<FixtureApi, 'append' | 'virtualize'>>;

export interface ForyouVariants {
  html: string;
  /** Null when the fixture's virtualization can no longer be lifted this way. */
  allInDomHtml: string | null;
  /** The same with off-screen items skipped by the browser's layout (a page that keeps every item, done well). */
  allInDomSkippedHtml: string | null;
}

/** Each item is a screen high (the fixture's own CSS), which is the size the browser assumes for one it skips. */
const SKIP_OFF_SCREEN = `<style>${LIST_SELECTOR} > * { content-visibility: auto; contain-intrinsic-size: auto 840px; }</style></head>`;

export async function foryouHtml(): Promise<ForyouVariants> {
  const html = await fixtureHtml('tiktok-foryou');
  const allInDomHtml = keepingEveryItem(html);
  return { html, allInDomHtml, allInDomSkippedHtml: allInDomHtml?.replace('</head>', SKIP_OFF_SCREEN) ?? null };
}

/** Serves the right variant by URL (both under the real hostname, so the content script injects). */
export function pickForyouVariant(url: string, variants: ForyouVariants): string {
  const bench = new URL(url).searchParams.get('bench');
  if (bench === 'all-in-dom' && variants.allInDomHtml) return variants.allInDomHtml;
  if (bench === 'all-in-dom-skipped' && variants.allInDomSkippedHtml) return variants.allInDomSkippedHtml;
  return variants.html;
}
