/**
 * Which TikTok video or Instagram reel/post a pasted or captured URL names. Pure: no
 * browser APIs, nothing runs on import. Never throws, and stays linear in the input (length
 * is capped before any regex; every regex is anchored with a single quantifier).
 */
import { isInstagramHost, isTikTokHost } from './hosts';
import { parseInstagramPath } from './instagram-url';
import { reject, type ParsedReference } from './parsed-reference';
import { parseTikTokPath } from './tiktok-url';
import { readWebUrl } from './url-input';

export type { ParsedReference } from './parsed-reference';
export { isInstagramHost, isTikTokHost } from './hosts';
export { instagramPermalinkFromPath, instagramPermalinkUrl } from './instagram-permalink';
export { tiktokVideoUrl } from './tiktok-video-url';

const NOT_SUPPORTED = 'Only TikTok and Instagram links can be used.';

export function parseReferenceUrl(input: string): ParsedReference {
  try {
    const url = readWebUrl(input);
    if (!url.ok) return url;
    if (isTikTokHost(url.hostname)) return parseTikTokPath(url.hostname, url.segments);
    if (isInstagramHost(url.hostname)) return parseInstagramPath(url.segments);
    return reject(lookAlikeReason(url.hostname) ?? `This link is not on tiktok.com or instagram.com. ${NOT_SUPPORTED}`);
  } catch {
    // Nothing above is expected to throw; this keeps a future slip from breaking a capture.
    return reject('This link could not be read. Copy it again from the address bar.');
  }
}

/** Says so plainly when a host merely contains a brand name (`tiktok.com.evil.example`). */
function lookAlikeReason(hostname: string): string | undefined {
  for (const [brand, name] of [
    ['tiktok', 'TikTok'],
    ['instagram', 'Instagram'],
  ] as const) {
    if (hostname.endsWith(`.${brand}.com`)) {
      return `This part of ${name} (ads, shop, help…) does not show videos. Open the video on www.${brand}.com and copy its link.`;
    }
    if (hostname.includes(brand)) return `This link’s address only looks like ${name}; it is not ${brand}.com. ${NOT_SUPPORTED}`;
  }
  return undefined;
}
