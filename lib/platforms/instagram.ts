import type { PlatformData } from './platform';

/** Instagram, as data (see platform.ts). Its URL rules are in instagram-url.ts, its DOM in lib/in-page/adapters/instagram.ts. */
export const INSTAGRAM_PLATFORM = {
  id: 'instagram',
  name: 'Instagram',
  pageHost: 'www.instagram.com',
  // `m.` still appears in old mobile links and serves the same paths; canonical URLs are rebuilt on
  // `www`. `instagr.am` and third-party mirrors are not accepted.
  linkHosts: ['instagram.com', 'www.instagram.com', 'm.instagram.com'],
  mediaHostSuffixes: ['.cdninstagram.com', '.fbcdn.net'],
  reelLinkPatterns: [
    '*://*.instagram.com/reel/*',
    '*://*.instagram.com/reels/*',
    '*://*.instagram.com/p/*',
    '*://*.instagram.com/*/reel/*',
    '*://*.instagram.com/*/p/*',
    '*://*.instagram.com/share/*',
  ],
} as const satisfies PlatformData<'instagram'>;
