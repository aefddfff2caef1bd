/**
 * The small part of Instagram URL knowledge the content script needs, kept apart from the full
 * parser (and its messages) so the in-page script stays within its size budget.
 *
 * Shortcodes are case-sensitive base64url of the media id. 10–11 characters for everything
 * since Instagram's 2012 id scheme (video arrived in 2013, so no video has a shorter code);
 * private posts append a long suffix (~40), so allow up to 64. The 10-character floor also
 * keeps words like `audio` from passing as codes.
 */
export const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{10,64}$/;

/** `/p/<code>/`, `/<user>/reel/<code>/`, `/reels/<code>/`, `/tv/<code>/` (no query). */
const PERMALINK_PATH = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(reel|reels|p|tv)\/([A-Za-z0-9_-]{10,64})\/?$/;

/** `https://www.instagram.com/reel/<code>/` or `/p/<code>/` for a code read from the page, or null. */
export function instagramPermalinkUrl(kind: 'reel' | 'post', code: string): string | null {
  if ((kind !== 'reel' && kind !== 'post') || typeof code !== 'string' || !INSTAGRAM_CODE.test(code)) return null;
  return `https://www.instagram.com/${kind === 'reel' ? 'reel' : 'p'}/${code}/`;
}

/** The canonical URL of a permalink path found in the page (an href or `location.pathname`). */
export function instagramPermalinkFromPath(pathname: string): string | null {
  if (pathname.length > 200) return null;
  const match = PERMALINK_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return null;
  // `/reels/<code>/` is the feed's address of a reel; `/tv/` (IGTV) videos now live at `/p/`.
  if (match[1] === 'reels' && pathname.startsWith('/reels/') === false) return null;
  return instagramPermalinkUrl(match[1] === 'reel' || match[1] === 'reels' ? 'reel' : 'post', match[2]);
}
