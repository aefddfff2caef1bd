import { INSTAGRAM_CODE as CODE } from './instagram-permalink';
import { type LinkReason, type ParsedReference, refuse } from './parsed-reference';

/** Share codes are resolved by redirect, not trusted as ids, so be a little more liberal. */
const SHARE_CODE = /^[A-Za-z0-9_-]{5,64}$/;
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

// A Map so that `/constructor/` cannot reach Object.prototype.
const NOT_A_POST: ReadonlyMap<string, LinkReason> = new Map<string, LinkReason>([
  ['stories', 'links_instagramStories'],
  ['explore', 'links_instagramExplore'],
  ['direct', 'links_instagramDirect'],
  ['accounts', 'links_instagramGeneric'],
]);

type PostKind = 'reel' | 'post';

/**
 * What may follow a post's code and still name that one post: its embed page (`/embed/`,
 * `/embed/captioned/`, as yt-dlp's InstagramIE and gallery-dl accept, and as AMP builds) or one
 * of its comments (`/c/<comment id>/`).
 */
function sameMedia(rest: readonly string[]): boolean {
  const [first, second, extra] = rest;
  if (first === undefined) return true;
  if (extra !== undefined) return false;
  if (first === 'embed') return second === undefined || second === 'captioned';
  return first === 'c' && second !== undefined && /^\d{1,25}$/.test(second);
}

function permalink(kind: PostKind, code: string): ParsedReference {
  if (!CODE.test(code)) return refuse('links_instagramBadCode');
  const section = kind === 'reel' ? 'reel' : 'p';
  return { ok: true, platform: 'instagram', kind, id: code, canonicalUrl: `https://www.instagram.com/${section}/${code}/` };
}

/** `/share/<code>`, `/share/reel/<code>`, `/share/p/<code>`: the code is not the post's. */
function shareLink(segments: readonly string[]): ParsedReference {
  const [, second, third, extra] = segments;
  const nested = second === 'reel' || second === 'p';
  const code = nested ? third : third === undefined ? second : undefined;
  if (extra !== undefined || code === undefined) return refuse('links_instagramNoShareCode');
  if (!SHARE_CODE.test(code)) return refuse('links_instagramBadCode');
  const path = nested ? `${second}/${code}` : code;
  return { ok: true, platform: 'instagram', kind: 'short_link', id: code, canonicalUrl: `https://www.instagram.com/share/${path}/` };
}

export function parseInstagramPath(segments: readonly string[]): ParsedReference {
  const [first, second, third, ...rest] = segments;
  if (first === undefined) return refuse('links_instagramHome');
  if (first === 'share') return shareLink(segments);

  if (first === 'reels') {
    if (second === undefined) return refuse('links_instagramReelsFeed');
    if (second === 'audio') return refuse('links_instagramAudio');
    return third === undefined ? permalink('reel', second) : refuse('links_instagramGeneric');
  }
  if (first === 'reel' || first === 'p' || first === 'tv') {
    if (second === undefined || !sameMedia(third === undefined ? [] : [third, ...rest])) return refuse('links_instagramGeneric');
    // `/tv/` (IGTV) videos now live at `/p/<code>/`.
    return permalink(first === 'reel' ? 'reel' : 'post', second);
  }
  const known = NOT_A_POST.get(first);
  if (known !== undefined) return refuse(known);

  if (!USERNAME.test(first)) return refuse('links_instagramGeneric');
  if (second === undefined) return refuse('links_instagramProfile');
  if ((second === 'reel' || second === 'p') && third !== undefined && sameMedia(rest)) {
    return permalink(second === 'reel' ? 'reel' : 'post', third);
  }
  if (second === 'reels' && third === undefined) {
    return refuse('links_instagramReelsTab');
  }
  return refuse('links_instagramGeneric');
}
