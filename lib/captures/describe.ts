/** Short human names for captures, for notifications and lists. */
export function describeReel(url: string): string {
  const tiktok = /^https:\/\/www\.tiktok\.com\/@([^/]+)\/video\/(\d+)/.exec(url);
  if (tiktok) return tiktok[1] === '_' ? 'TikTok video' : `TikTok video by @${tiktok[1]}`;
  const instagram = /^https:\/\/www\.instagram\.com\/(reel|p)\/([^/]+)\//.exec(url);
  if (instagram) return instagram[1] === 'reel' ? 'Instagram Reel' : 'Instagram post';
  return 'Video';
}
