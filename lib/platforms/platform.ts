/**
 * What Sume Capture knows about one video platform, as data: the pages it runs on, the hosts a
 * link to one of its videos may be on, where its media lives, and how to name it to people. The
 * per-platform modules (tiktok.ts, instagram.ts) are data only, small enough for a content script
 * to import; the registry (registry.ts) pairs each with its URL parser.
 */
export interface PlatformData<Id extends string = string> {
  id: Id;
  /** For people: "TikTok". */
  name: string;
  /** The one host whose pages show its videos, over https: the content script runs there. */
  pageHost: string;
  /**
   * Every host a link to one of its videos may be on, exact and lower-case (never a suffix match:
   * `evil-tiktok.com` and `tiktok.com.evil.example` must not pass).
   */
  linkHosts: readonly string[];
  /** Where it serves posters and thumbnails: whole-label suffixes (`.tiktokcdn.com`). */
  mediaHostSuffixes: readonly string[];
  /** Link shapes the right-click menu offers "Analyze link with Sume" on (match patterns). */
  reelLinkPatterns: readonly string[];
  // Where its button shows (for the settings page) is in the registry: a message, not data.
}

/** The match pattern of a platform's pages: https, that one host, nothing else. */
export const pageMatchPattern = (platform: Pick<PlatformData, 'pageHost'>) => `https://${platform.pageHost}/*`;
