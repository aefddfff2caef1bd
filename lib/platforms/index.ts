/**
 * Which TikTok video or Instagram reel/post a pasted or captured URL names. Pure: no
 * browser APIs, nothing runs on import. Never throws, and stays linear in the input (length
 * is capped before any regex; every regex is anchored with a single quantifier).
 */
import { reject, type ParsedReference } from './parsed-reference';
import { PLATFORMS, platformOfHost, type Platform } from './registry';
import { readWebUrl } from './url-input';

export type { ParsedReference } from './parsed-reference';
export { instagramPermalinkFromPath, instagramPermalinkUrl } from './instagram-permalink';
export { tiktokVideoUrl } from './tiktok-video-url';

export function parseReferenceUrl(input: string, platforms: readonly Platform[] = PLATFORMS): ParsedReference {
  try {
    const url = readWebUrl(input);
    if (!url.ok) return url;
    const platform = platformOfHost(url.hostname, platforms);
    if (platform) return platform.parsePath(url.hostname, url.segments);
    return reject(lookAlikeReason(url.hostname, platforms) ?? `This link is not on ${platforms.map(siteOf).join(' or ')}. ${notSupported(platforms)}`);
  } catch {
    // Nothing above is expected to throw; this keeps a future slip from breaking a capture.
    return reject('This link could not be read. Copy it again from the address bar.');
  }
}

/** `tiktok.com`: a platform's site as people name it (its page host without `www.`). */
const siteOf = (platform: Platform) => platform.pageHost.replace(/^www\./, '');

/** "Only TikTok and Instagram links can be used." */
const notSupported = (platforms: readonly Platform[]) => `Only ${platforms.map((p) => p.name).join(' and ')} links can be used.`;

/** Says so plainly when a host merely contains a brand name (`tiktok.com.evil.example`). */
function lookAlikeReason(hostname: string, platforms: readonly Platform[]): string | undefined {
  for (const platform of platforms) {
    const site = siteOf(platform);
    const brand = site.split('.')[0] ?? site;
    if (hostname.endsWith(`.${site}`)) {
      return `This part of ${platform.name} (ads, shop, help…) does not show videos. Open the video on ${platform.pageHost} and copy its link.`;
    }
    if (hostname.includes(brand)) return `This link’s address only looks like ${platform.name}; it is not ${site}. ${notSupported(platforms)}`;
  }
  return undefined;
}
