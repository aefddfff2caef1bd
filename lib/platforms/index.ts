/**
 * Which TikTok video or Instagram reel/post a pasted or captured URL names. Pure apart from
 * reading its reasons in the person's language (lib/i18n); nothing runs on import. Never throws,
 * and stays linear in the input (length is capped before any regex; every regex is anchored
 * with a single quantifier).
 */
import { t } from '../i18n/t';
import { reject, refuse, type ParsedReference } from './parsed-reference';
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
    return reject(
      lookAlikeReason(url.hostname, platforms) ?? t('links_notOnSites', { sites: list(platforms.map(siteOf), 'disjunction'), platforms: names(platforms) }),
    );
  } catch {
    // Nothing above is expected to throw; this keeps a future slip from breaking a capture.
    return refuse('links_unreadable');
  }
}

/** `tiktok.com`: a platform's site as people name it (its page host without `www.`). */
const siteOf = (platform: Platform) => platform.pageHost.replace(/^www\./, '');

/** "tiktok.com or instagram.com", "TikTok und Instagram": a list as the messages' language writes it. */
const list = (items: string[], type: 'conjunction' | 'disjunction') => new Intl.ListFormat(t('meta_language'), { type }).format(items);

/** "TikTok and Instagram", for "Only … links can be used." */
const names = (platforms: readonly Platform[]) => list(platforms.map(nameOf), 'conjunction');
const nameOf = (platform: Platform) => platform.name;

/** Says so plainly when a host merely contains a brand name (`tiktok.com.evil.example`). */
function lookAlikeReason(hostname: string, platforms: readonly Platform[]): string | undefined {
  for (const platform of platforms) {
    const site = siteOf(platform);
    const brand = site.split('.')[0] ?? site;
    if (hostname.endsWith(`.${site}`)) {
      return t('links_otherSection', { platform: platform.name, host: platform.pageHost });
    }
    if (hostname.includes(brand)) return t('links_lookAlike', { platform: platform.name, site, platforms: names(platforms) });
  }
  return undefined;
}
