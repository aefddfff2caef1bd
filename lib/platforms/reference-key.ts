/**
 * One video, however its link reads: `tiktok:<id>` for every handle form of a TikTok video
 * (`@luna.bakes`, a secUid, `@_`), `instagram:<code>` for a reel or post (`/reel/` and `/p/` name
 * the same media). The duplicate guard, "already captured" and the in-page buttons' states all
 * compare these, never URL strings. Works on canonical URLs (what parseReferenceUrl and the
 * adapters build); anything else is its own key. Small: the content scripts use it.
 */
const TIKTOK = /^https:\/\/www\.tiktok\.com\/@[^/?#]*\/video\/(\d{19})$/;
const INSTAGRAM = /^https:\/\/www\.instagram\.com\/(?:reel|p)\/([A-Za-z0-9_-]{10,64})\/$/;

export function referenceKey(canonicalUrl: string): string {
  if (canonicalUrl.length > 400) return canonicalUrl;
  const tiktok = TIKTOK.exec(canonicalUrl);
  if (tiktok) return `tiktok:${tiktok[1]}`;
  const instagram = INSTAGRAM.exec(canonicalUrl);
  if (instagram) return `instagram:${instagram[1]}`;
  return canonicalUrl;
}

export const sameReference = (a: string, b: string) => a === b || referenceKey(a) === referenceKey(b);
