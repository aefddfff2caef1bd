/**
 * Serves the hand-made TikTok and Instagram pages (tests/fixtures) under the real hostnames, so
 * the content scripts inject exactly as on the real sites. The page is chosen by the URL's shape,
 * as the sites' own routers do; `FIXTURES[].urls` lists where each page may be served.
 */
import type { BrowserContext } from '@playwright/test';
import { fixture, fixtureHtml, type FixtureName } from '../fixtures';
import { DRIFT_PARAMETER, driftedHtml, isDrift } from '../fixtures/drift';
import { KEEP_ALL_PARAMETER, keepingEveryItem } from '../fixtures/keep-all';

const PAGES: { name: FixtureName; host: string; path: RegExp }[] = [
  { name: 'tiktok-foryou', host: 'www.tiktok.com', path: /^\/(foryou)?$/ },
  { name: 'tiktok-video', host: 'www.tiktok.com', path: /^\/@[^/]+\/video\/\d{19}\/?$/ },
  { name: 'tiktok-profile', host: 'www.tiktok.com', path: /^\/@[^/]+\/?$/ },
  { name: 'tiktok-search', host: 'www.tiktok.com', path: /^\/search(\/video)?\/?$/ },
  { name: 'instagram-reels', host: 'www.instagram.com', path: /^\/reels\/([\w-]+\/)?$/ },
  { name: 'instagram-reel', host: 'www.instagram.com', path: /^\/reel\/[\w-]+\/$/ },
  { name: 'instagram-home', host: 'www.instagram.com', path: /^\/$/ },
  { name: 'instagram-profile-modal', host: 'www.instagram.com', path: /^\/[\w.]+\/(reels\/)?$/ },
];

/** Which fixture a URL on the real site is served by, if any. */
export function fixtureNameFor(url: string): FixtureName | undefined {
  const { host, pathname } = new URL(url);
  return PAGES.find((page) => page.host === host && page.path.test(pathname))?.name;
}

/**
 * The HTML of the page served at `url` on the real site, or undefined for any other address. With
 * `?fixture-drift=<variant>`, the page as it reads after the site's markup drifted (fixtures/drift.ts);
 * with `?fixture-keep-all`, a feed that keeps every item in the DOM (fixtures/keep-all.ts).
 */
async function fixtureHtmlFor(url: string): Promise<string | undefined> {
  const name = fixtureNameFor(url);
  if (!name) return undefined;
  const { searchParams } = new URL(url);
  let html = await fixtureHtml(name);
  if (searchParams.has(KEEP_ALL_PARAMETER)) html = keepingEveryItem(html) ?? html;
  const drift = searchParams.get(DRIFT_PARAMETER);
  return isDrift(drift) ? driftedHtml(html, fixture(name).platform, drift) : html;
}

/** `url` served with the markup drifted as `drift` says. */
export function driftedUrl(url: string, drift: string): string {
  const drifted = new URL(url);
  drifted.searchParams.set(DRIFT_PARAMETER, drift);
  return drifted.href;
}

/** The answer the real site's address gets: its fixture page, or a 404 for any other address. */
export async function fixtureResponseFor(url: string): Promise<{ status: number; contentType: string; body: string }> {
  const body = await fixtureHtmlFor(url);
  return body === undefined
    ? { status: 404, contentType: 'text/plain', body: 'No fixture is served at this address.' }
    : { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** Grid thumbnails on TikTok's image host (`/obj/…`), as the fixtures' tiles show them. */
export const FIXTURE_THUMBNAILS = /^https:\/\/[\w-]+\.tiktokcdn\.com\/obj\//;

/** A thumbnail for a fixture tile: a drawn gradient whose hue follows the address (so tiles differ). */
export function fixtureThumbnailFor(url: string): { status: number; contentType: string; body: string } {
  let hue = 0;
  for (const char of url) hue = (hue * 31 + char.charCodeAt(0)) % 360;
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 80% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360} 70% 30%)"/></linearGradient></defs><rect width="300" height="400" fill="url(#g)"/><circle cx="150" cy="170" r="60" fill="rgba(255,255,255,.35)"/></svg>`;
  return { status: 200, contentType: 'image/svg+xml', body };
}

/** Routes every request to www.tiktok.com and www.instagram.com in `context` to the fixtures, and the tiles' thumbnails. */
export async function serveFixtureSites(context: BrowserContext): Promise<void> {
  for (const site of ['https://www.tiktok.com/**', 'https://www.instagram.com/**']) {
    await context.route(site, async (route) => route.fulfill(await fixtureResponseFor(route.request().url())));
  }
  await context.route(FIXTURE_THUMBNAILS, (route) => route.fulfill(fixtureThumbnailFor(route.request().url())));
}
