/**
 * Exact host lists, never suffix or substring matches: `evil-tiktok.com` and
 * `tiktok.com.evil.example` must not pass. A trailing-dot FQDN (`www.tiktok.com.`) is
 * refused too; no real share link carries one.
 */
const TIKTOK_PAGE_HOSTS: ReadonlySet<string> = new Set(['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']);
/** Hosts that only redirect to a video; their codes are not video ids. */
const TIKTOK_SHORT_LINK_HOSTS: ReadonlySet<string> = new Set(['vm.tiktok.com', 'vt.tiktok.com']);
/**
 * `m.instagram.com` is accepted: old mobile links still use it and it serves (redirects to)
 * the same paths. Canonical URLs are always rebuilt on `www`, so accepting it costs nothing.
 * `instagr.am` and third-party mirrors are not accepted.
 */
const INSTAGRAM_HOSTS: ReadonlySet<string> = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);

// `typeof` guards: content scripts may hand over whatever `location` or an attribute held.
function lower(hostname: unknown): string {
  return typeof hostname === 'string' ? hostname.toLowerCase() : '';
}

export function isTikTokPageHost(hostname: string): boolean {
  return TIKTOK_PAGE_HOSTS.has(lower(hostname));
}

export function isTikTokShortLinkHost(hostname: string): boolean {
  return TIKTOK_SHORT_LINK_HOSTS.has(lower(hostname));
}

export function isTikTokHost(hostname: string): boolean {
  return isTikTokPageHost(hostname) || isTikTokShortLinkHost(hostname);
}

export function isInstagramHost(hostname: string): boolean {
  return INSTAGRAM_HOSTS.has(lower(hostname));
}

/**
 * Where the platforms serve posters and thumbnails. These are families of numbered hosts
 * (`p16-sign-va.tiktokcdn.com`, `scontent-lax3-1.cdninstagram.com`), so here, and only here, a
 * host matches by whole-label suffix: `x.tiktokcdn.com` passes, `eviltiktokcdn.com` does not.
 */
const MEDIA_HOST_SUFFIXES = ['.tiktokcdn.com', '.tiktokcdn-us.com', '.cdninstagram.com', '.fbcdn.net'];

export function isPlatformMediaHost(hostname: string): boolean {
  const host = lower(hostname);
  return MEDIA_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}
