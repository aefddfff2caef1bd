import { type LinkReason, type ParsedReference, refuse } from './parsed-reference';
import { canonicalHandle, UNKNOWN_HANDLE, VIDEO_ID } from './tiktok-video-url';

/** Hosts that only redirect to a video; their codes are not video ids. */
const SHORT_LINK_HOSTS: ReadonlySet<string> = new Set(['vm.tiktok.com', 'vt.tiktok.com']);

/** The app's share host: only its `/share/video/<id>` links name a video. */
const APP_SHARE_HOSTS: ReadonlySet<string> = new Set(['www.tiktokv.com', 'tiktokv.com']);

/** Share codes (`vm.tiktok.com/ZMabc123/`, `/t/ZTR-x1/`); base64url-like, may contain `-`. */
const SHORT_CODE = /^[A-Za-z0-9_-]{4,32}$/;

// Maps, not object literals: a path like `/constructor` must not find Object.prototype.
const NOT_A_VIDEO: ReadonlyMap<string, LinkReason> = new Map<string, LinkReason>([
  ['live', 'links_tiktokLive'],
  ['music', 'links_tiktokSound'],
  ['tag', 'links_tiktokHashtag'],
  ['discover', 'links_tiktokTopic'],
  ['explore', 'links_tiktokExplore'],
  ['foryou', 'links_tiktokForYou'],
  ['following', 'links_tiktokFollowing'],
  ['friends', 'links_tiktokFriends'],
  ['search', 'links_tiktokSearch'],
  ['playlist', 'links_tiktokPlaylist'],
  ['sticker', 'links_tiktokSticker'],
  ['place', 'links_tiktokPlace'],
]);

const NOT_A_VIDEO_UNDER_PROFILE: ReadonlyMap<string, LinkReason> = new Map<string, LinkReason>([
  ['live', 'links_tiktokLive'],
  ['photo', 'links_tiktokPhoto'],
  ['playlist', 'links_tiktokPlaylist'],
  ['collection', 'links_tiktokCollection'],
]);

/** Handle as it should appear in a canonical URL, or null when the slot holds neither form. */

function video(handle: string, id: string): ParsedReference {
  return { ok: true, platform: 'tiktok', kind: 'video', id, canonicalUrl: `https://www.tiktok.com/@${handle}/video/${id}` };
}

/** Canonical https short URL; the background follows its redirect and parses the target. */
function shortLink(origin: string, code: string): ParsedReference {
  if (!SHORT_CODE.test(code)) return refuse('links_tiktokBadShortCode');
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
    if (first === undefined || second !== undefined) return refuse('links_tiktokNoShortCode');
    return shortLink(`https://${hostname}/`, first);
  }
  if (first === undefined) return refuse('links_tiktokHome');
  if (first === 't') {
    if (second === undefined || third !== undefined) return refuse('links_tiktokNoShortCode');
    return shortLink('https://www.tiktok.com/t/', second);
  }

  // `/share/video/<id>` (www.tiktok.com and the app's share host www.tiktokv.com), as yt-dlp and gallery-dl accept it.
  if (first === 'share') {
    if (second === 'live') return refuse('links_tiktokLive');
    if (second !== 'video' || third === undefined || extra !== undefined) return refuse('links_tiktokGeneric');
    return VIDEO_ID.test(third) ? video(UNKNOWN_HANDLE, third) : refuse('links_tiktokBadId');
  }
  if (APP_SHARE_HOSTS.has(hostname)) return refuse('links_tiktokGeneric');

  if (first.startsWith('@')) {
    const handle = canonicalHandle(first.slice(1));
    if (handle === null) return refuse('links_tiktokBadHandle');
    if (second === undefined) return refuse('links_tiktokProfile');
    if (second === 'video' && extra === undefined) {
      // Only the `/video/` segment may supply the id: an all-digit handle is still a handle.
      return third !== undefined && VIDEO_ID.test(third) ? video(handle, third) : refuse('links_tiktokBadId');
    }
    return refuse(NOT_A_VIDEO_UNDER_PROFILE.get(second) ?? 'links_tiktokGeneric');
  }

  const id = handlelessId(segments);
  if (id !== undefined) return VIDEO_ID.test(id) ? video(UNKNOWN_HANDLE, id) : refuse('links_tiktokBadId');
  return refuse(NOT_A_VIDEO.get(first) ?? 'links_tiktokGeneric');
}
