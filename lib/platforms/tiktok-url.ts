import { reject, type ParsedReference } from './parsed-reference';
import { canonicalHandle, UNKNOWN_HANDLE, VIDEO_ID } from './tiktok-video-url';

/** Hosts that only redirect to a video; their codes are not video ids. */
const SHORT_LINK_HOSTS: ReadonlySet<string> = new Set(['vm.tiktok.com', 'vt.tiktok.com']);

/** Share codes (`vm.tiktok.com/ZMabc123/`, `/t/ZTR-x1/`); base64url-like, may contain `-`. */
const SHORT_CODE = /^[A-Za-z0-9_-]{4,32}$/;

const FEED = 'not a single video. Open the video and copy its link.';
const SECTION = 'not a video. Open one of its videos instead.';
const LIVE = 'This is a TikTok LIVE stream, which cannot be analysed. Open a video instead.';
const PLAYLIST = `This is a TikTok playlist, ${SECTION}`;

// Maps, not object literals: a path like `/constructor` must not find Object.prototype.
const NOT_A_VIDEO: ReadonlyMap<string, string> = new Map([
  ['live', LIVE],
  ['music', `This is a TikTok sound (music) page, ${SECTION}`],
  ['tag', `This is a TikTok hashtag page, ${SECTION}`],
  ['discover', `This is a TikTok topic page, ${SECTION}`],
  ['explore', `This is TikTok’s Explore page, ${SECTION}`],
  ['foryou', `This is the TikTok For You feed, ${FEED}`],
  ['following', `This is the TikTok Following feed, ${FEED}`],
  ['friends', `This is the TikTok Friends feed, ${FEED}`],
  ['search', `This is a TikTok search page, ${SECTION}`],
  ['playlist', PLAYLIST],
  ['sticker', `This is a TikTok sticker page, ${SECTION}`],
  ['place', `This is a TikTok place page, ${SECTION}`],
]);

const NOT_A_VIDEO_UNDER_PROFILE: ReadonlyMap<string, string> = new Map([
  ['live', LIVE],
  ['photo', 'This is a TikTok photo post, not a video. Only videos can be analysed.'],
  ['playlist', PLAYLIST],
  ['collection', `This is a TikTok collection, ${SECTION}`],
]);

const GENERIC = 'This TikTok link does not point to a single video. Open the video and copy its link.';
const BAD_ID = 'This TikTok video id is not 19 digits, so the link is cut off or altered. Copy it again.';

/** Handle as it should appear in a canonical URL, or null when the slot holds neither form. */

function video(handle: string, id: string): ParsedReference {
  return { ok: true, platform: 'tiktok', kind: 'video', id, canonicalUrl: `https://www.tiktok.com/@${handle}/video/${id}` };
}

/** Canonical https short URL; the background follows its redirect and parses the target. */
function shortLink(origin: string, code: string): ParsedReference {
  if (!SHORT_CODE.test(code)) return reject('This TikTok short link’s code looks cut off or altered. Copy it again.');
  return { ok: true, platform: 'tiktok', kind: 'short_link', id: code, canonicalUrl: `${origin}${code}/` };
}

/** The handle-less forms: `/v/<id>.html`, `/embed/<id>`, `/embed/v2/<id>`, `/player/v1/<id>`. */
function handlelessId(segments: readonly string[]): string | undefined {
  const [first, second, third, extra] = segments;
  if (extra !== undefined) return undefined;
  if (first === 'v' && third === undefined) return second?.endsWith('.html') ? second.slice(0, -'.html'.length) : second;
  if (first === 'embed') return second === 'v2' ? third : third === undefined ? second : undefined;
  if (first === 'player' && second === 'v1') return third;
  return undefined;
}

export function parseTikTokPath(hostname: string, segments: readonly string[]): ParsedReference {
  const [first, second, third, extra] = segments;
  if (SHORT_LINK_HOSTS.has(hostname)) {
    if (first === undefined || second !== undefined) return reject('This TikTok short link has no code. Copy the whole link again.');
    return shortLink(`https://${hostname}/`, first);
  }
  if (first === undefined) return reject(`This is the TikTok home feed, ${FEED}`);
  if (first === 't') {
    if (second === undefined || third !== undefined) return reject('This TikTok short link has no code. Copy the whole link again.');
    return shortLink('https://www.tiktok.com/t/', second);
  }

  if (first.startsWith('@')) {
    const handle = canonicalHandle(first.slice(1));
    if (handle === null) return reject('The TikTok handle in this link is not valid. Copy the link again.');
    if (second === undefined) return reject('This is a TikTok profile, not a video. Open one of its videos instead.');
    if (second === 'video' && extra === undefined) {
      // Only the `/video/` segment may supply the id: an all-digit handle is still a handle.
      return third !== undefined && VIDEO_ID.test(third) ? video(handle, third) : reject(BAD_ID);
    }
    return reject(NOT_A_VIDEO_UNDER_PROFILE.get(second) ?? GENERIC);
  }

  const id = handlelessId(segments);
  if (id !== undefined) return VIDEO_ID.test(id) ? video(UNKNOWN_HANDLE, id) : reject(BAD_ID);
  return reject(NOT_A_VIDEO.get(first) ?? GENERIC);
}
