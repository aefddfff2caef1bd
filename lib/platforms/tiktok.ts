import type { PlatformData } from './platform';

/** TikTok, as data (see platform.ts). Its URL rules are in tiktok-url.ts, its DOM in lib/in-page/adapters/tiktok.ts. */
export const TIKTOK_PLATFORM = {
  id: 'tiktok',
  name: 'TikTok',
  pageHost: 'www.tiktok.com',
  // `vm.` and `vt.` only redirect to a video: their codes are short links, followed before use.
  linkHosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com', 'www.tiktokv.com', 'tiktokv.com'],
  mediaHostSuffixes: ['.tiktokcdn.com', '.tiktokcdn-us.com'],
  reelLinkPatterns: [
    '*://*.tiktok.com/@*/video/*',
    '*://vm.tiktok.com/*',
    '*://vt.tiktok.com/*',
    '*://*.tiktok.com/t/*',
    '*://*.tiktok.com/share/video/*',
    '*://*.tiktokv.com/share/video/*',
  ],
} as const satisfies PlatformData<'tiktok'>;
