/**
 * The platforms Sume Capture works on: each one's data (tiktok.ts, instagram.ts) with its URL
 * parser. Everything platform-specific outside a platform's own modules derives from here: link
 * parsing, the settings' per-platform switches, the manifest's hosts and content-script matches,
 * the menus, the tabs the background talks to, media hosts, names. Adding a platform is adding an
 * entry here, its two modules, its DOM adapter, its content-script entry and its messages
 * (locales/<language>/links.ts).
 */
import { t } from '../i18n/t';
import { INSTAGRAM_PLATFORM } from './instagram';
import { parseInstagramPath } from './instagram-url';
import type { ParsedReference } from './parsed-reference';
import { pageMatchPattern, type PlatformData } from './platform';
import { TIKTOK_PLATFORM } from './tiktok';
import { parseTikTokPath } from './tiktok-url';

export interface Platform<Id extends string = string> extends PlatformData<Id> {
  /** Where its button shows, for the settings page (in the person's language). */
  readonly buttonPlaces: string;
  /** The video a path on one of `linkHosts` names, or why it names none. */
  parsePath(hostname: string, segments: readonly string[]): ParsedReference;
  /** A short name for one of its canonical URLs ("TikTok video by @maker"); null when it is not one. */
  describe(canonicalUrl: string): string | null;
}

const TIKTOK_VIDEO = /^https:\/\/www\.tiktok\.com\/@([^/]+)\/video\/\d+$/;
const INSTAGRAM_POST = /^https:\/\/www\.instagram\.com\/(reel|p)\/[^/]+\/$/;

export const PLATFORMS = [
  {
    ...TIKTOK_PLATFORM,
    // A getter: messages are read when shown, never on import.
    get buttonPlaces() {
      return t('links_tiktokButtonPlaces');
    },
    parsePath: parseTikTokPath,
    describe(url: string) {
      const handle = TIKTOK_VIDEO.exec(url)?.[1];
      if (handle === undefined) return null;
      return handle === '_' ? t('links_tiktokVideo') : t('links_tiktokVideoBy', { handle });
    },
  },
  {
    ...INSTAGRAM_PLATFORM,
    get buttonPlaces() {
      return t('links_instagramButtonPlaces');
    },
    parsePath: (_hostname: string, segments: readonly string[]) => parseInstagramPath(segments),
    describe(url: string) {
      const kind = INSTAGRAM_POST.exec(url)?.[1];
      if (kind === undefined) return null;
      return kind === 'reel' ? t('links_instagramReel') : t('links_instagramPost');
    },
  },
] as const satisfies readonly Platform[];

export type PlatformId = (typeof PLATFORMS)[number]['id'];
export const PLATFORM_IDS = PLATFORMS.map((platform) => platform.id) as [PlatformId, ...PlatformId[]];

// `typeof` guard: callers may hand over whatever `location` or an attribute held.
const lower = (hostname: unknown) => (typeof hostname === 'string' ? hostname.toLowerCase() : '');

/** The platform whose link hosts include `hostname` (exactly). */
export function platformOfHost(hostname: unknown, platforms: readonly Platform[] = PLATFORMS): Platform | undefined {
  const host = lower(hostname);
  return platforms.find((platform) => platform.linkHosts.includes(host));
}

/** The platform a page or link is on, by its address's host; undefined for anything else, or no address. */
export function platformOfUrl(url: unknown, platforms: readonly Platform[] = PLATFORMS): Platform | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined;
  return platformOfHost(new URL(url).hostname, platforms);
}

/** The pages content scripts run on, which are also the hosts the extension may read. */
export const pageMatchPatterns = (platforms: readonly Platform[] = PLATFORMS): string[] => platforms.map(pageMatchPattern);

export const reelLinkPatterns = (platforms: readonly Platform[] = PLATFORMS): string[] => platforms.flatMap((platform) => platform.reelLinkPatterns);

/**
 * Where the platforms serve posters and thumbnails. These are families of numbered hosts
 * (`p16-sign-va.tiktokcdn.com`), so here, and only here, a host matches by whole-label suffix.
 */
export function isPlatformMediaHost(hostname: unknown, platforms: readonly Platform[] = PLATFORMS): boolean {
  const host = lower(hostname);
  return platforms.some((platform) => platform.mediaHostSuffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length));
}

/** Short human names for captures, for notifications and lists. */
export function describeReel(url: string, platforms: readonly Platform[] = PLATFORMS): string {
  for (const platform of platforms) {
    const name = platform.describe(url);
    if (name !== null) return name;
  }
  return t('links_video');
}
