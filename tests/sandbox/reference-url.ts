/**
 * The sandbox's own reading of "a public TikTok video or Instagram Reel URL". Written
 * independently of the extension's URL code on purpose: if both agreed only because they
 * share a bug, tests against the sandbox would prove nothing.
 */

export type ReferenceUrlCheck = { ok: true; platform: 'tiktok' | 'instagram'; canonical: string } | { ok: false; reason: string; message: string };

const TIKTOK_HOSTS = new Set(['www.tiktok.com', 'tiktok.com', 'm.tiktok.com']);
const INSTAGRAM_HOSTS = new Set(['www.instagram.com', 'instagram.com']);
const SHORT_LINK_HOSTS = new Set(['vm.tiktok.com', 'vt.tiktok.com', 'instagr.am']);

const TIKTOK_VIDEO = /^\/@([A-Za-z0-9._]{1,24})\/video\/(\d{19})\/?$/;
const INSTAGRAM_MEDIA = /^\/(reel|reels|p)\/([A-Za-z0-9_-]{5,64})\/?$/;

export const SUPPORTED_URL_HINT =
  'Use a public TikTok video URL (https://www.tiktok.com/@user/video/1234567890123456789) ' +
  'or an Instagram Reel/post URL (https://www.instagram.com/reel/CODE/).';

function reject(reason: string, what: string): ReferenceUrlCheck {
  return { ok: false, reason, message: `${what} ${SUPPORTED_URL_HINT}` };
}

function checkTiktok(path: string): ReferenceUrlCheck {
  const match = TIKTOK_VIDEO.exec(path);
  if (match) return { ok: true, platform: 'tiktok', canonical: `https://www.tiktok.com/@${match[1]}/video/${match[2]}` };
  if (/^\/@[^/]+\/live\/?$/.test(path)) return reject('tiktok_live', 'TikTok LIVE streams cannot be analysed.');
  if (/^\/@[^/]+\/photo\//.test(path)) return reject('tiktok_photo', 'TikTok photo posts are not videos.');
  if (/^\/@[^/]+\/?$/.test(path)) return reject('tiktok_profile', 'This is a TikTok profile, not a video.');
  return reject('tiktok_not_video', 'This TikTok URL does not point to a single video.');
}

function checkInstagram(path: string): ReferenceUrlCheck {
  const match = INSTAGRAM_MEDIA.exec(path);
  if (match) {
    // /reels/<code>/ is the same Reel as /reel/<code>/; /p/ stays a post.
    const kind = match[1] === 'p' ? 'p' : 'reel';
    return { ok: true, platform: 'instagram', canonical: `https://www.instagram.com/${kind}/${match[2]}/` };
  }
  if (/^\/(reels|explore)\/?$/.test(path)) return reject('instagram_feed', 'This is an Instagram feed, not a single Reel.');
  if (path.startsWith('/stories/')) return reject('instagram_story', 'Instagram Stories cannot be analysed.');
  if (/^\/[A-Za-z0-9._]+\/?$/.test(path)) return reject('instagram_profile', 'This is an Instagram profile, not a Reel.');
  return reject('instagram_not_reel', 'This Instagram URL does not point to a single Reel or post.');
}

export function checkReferenceUrl(input: string): ReferenceUrlCheck {
  if (input.length > 2048) return reject('too_long', 'The URL is too long.');
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return reject('not_a_url', 'That is not a URL.');
  }
  if (url.protocol !== 'https:') return reject('not_https', 'Only https:// URLs are supported.');
  if (url.username || url.password || url.port) return reject('unexpected_url_parts', 'The URL must not contain credentials or a port.');
  const host = url.hostname.toLowerCase();
  if (SHORT_LINK_HOSTS.has(host)) {
    return reject('short_link', 'Short links cannot be analysed; open the link and copy the full video URL.');
  }
  if (TIKTOK_HOSTS.has(host)) return checkTiktok(url.pathname);
  if (INSTAGRAM_HOSTS.has(host)) return checkInstagram(url.pathname);
  return reject('unsupported_host', `"${host}" is not TikTok or Instagram.`);
}

/** Where an uploaded asset came from, for the Asset Library's `source_type`. */
export function sourceTypeOf(sourceUrl: string | null): 'tiktok' | 'instagram' | 'upload' {
  if (!sourceUrl) return 'upload';
  try {
    const host = new URL(sourceUrl).hostname.toLowerCase();
    if (TIKTOK_HOSTS.has(host)) return 'tiktok';
    if (INSTAGRAM_HOSTS.has(host)) return 'instagram';
  } catch {
    // Not a URL: an ordinary upload.
  }
  return 'upload';
}
