import { INSTAGRAM_CODE as CODE } from './instagram-permalink';
import { reject, type ParsedReference } from './parsed-reference';

/** Share codes are resolved by redirect, not trusted as ids, so be a little more liberal. */
const SHARE_CODE = /^[A-Za-z0-9_-]{5,64}$/;
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

const SINGLE = 'Open the reel or post itself and copy its link.';
const GENERIC = `This Instagram link does not point to a single reel or post. ${SINGLE}`;
const BAD_CODE = 'This Instagram link’s code looks cut off or altered. Copy it again.';
const PROFILE = `This is an Instagram profile, not a reel or post. ${SINGLE}`;

// A Map so that `/constructor/` cannot reach Object.prototype.
const NOT_A_POST: ReadonlyMap<string, string> = new Map([
  ['stories', 'Instagram Stories cannot be analysed. Open a reel or post instead.'],
  ['explore', `This is an Instagram Explore, hashtag or place page, not a single reel or post. ${SINGLE}`],
  ['direct', `This is an Instagram message thread, not a reel or post. ${SINGLE}`],
  ['accounts', GENERIC],
]);

type PostKind = 'reel' | 'post';

function permalink(kind: PostKind, code: string): ParsedReference {
  if (!CODE.test(code)) return reject(BAD_CODE);
  const section = kind === 'reel' ? 'reel' : 'p';
  return { ok: true, platform: 'instagram', kind, id: code, canonicalUrl: `https://www.instagram.com/${section}/${code}/` };
}

/** `/share/<code>`, `/share/reel/<code>`, `/share/p/<code>`: the code is not the post's. */
function shareLink(segments: readonly string[]): ParsedReference {
  const [, second, third, extra] = segments;
  const nested = second === 'reel' || second === 'p';
  const code = nested ? third : third === undefined ? second : undefined;
  if (extra !== undefined || code === undefined) return reject('This Instagram share link has no code. Copy the whole link again.');
  if (!SHARE_CODE.test(code)) return reject(BAD_CODE);
  const path = nested ? `${second}/${code}` : code;
  return { ok: true, platform: 'instagram', kind: 'short_link', id: code, canonicalUrl: `https://www.instagram.com/share/${path}/` };
}

export function parseInstagramPath(segments: readonly string[]): ParsedReference {
  const [first, second, third, extra] = segments;
  if (first === undefined) return reject(`This is the Instagram home feed, not a single reel or post. ${SINGLE}`);
  if (first === 'share') return shareLink(segments);

  if (first === 'reels') {
    if (second === undefined) return reject(`This is the Instagram Reels feed, not a single reel. ${SINGLE}`);
    if (second === 'audio') return reject('This is an Instagram audio page, not a reel. Open one of its reels instead.');
    return third === undefined ? permalink('reel', second) : reject(GENERIC);
  }
  if (first === 'reel' || first === 'p' || first === 'tv') {
    if (second === undefined || third !== undefined) return reject(GENERIC);
    // `/tv/` (IGTV) videos now live at `/p/<code>/`.
    return permalink(first === 'reel' ? 'reel' : 'post', second);
  }
  const known = NOT_A_POST.get(first);
  if (known !== undefined) return reject(known);

  if (!USERNAME.test(first)) return reject(GENERIC);
  if (second === undefined) return reject(PROFILE);
  if ((second === 'reel' || second === 'p') && third !== undefined && extra === undefined) {
    return permalink(second === 'reel' ? 'reel' : 'post', third);
  }
  if (second === 'reels' && third === undefined) {
    return reject(`This is the Reels tab of an Instagram profile, not a single reel. ${SINGLE}`);
  }
  return reject(GENERIC);
}
