/**
 * How a capture is named wherever it appears (captures page, popup, notifications): who posted it
 * and the first line of its caption, as the page showed them when it was captured — so two videos
 * by one creator, or any two Instagram reels, can be told apart. Without those (a pasted link), the
 * name comes from the link itself.
 */
import { describeReel, platformOfUrl } from '../platforms/registry';
import type { ReelDescription } from './reel-description';

export interface CaptureName {
  /** "@luna.bakes", or "TikTok video by @luna.bakes" / "Instagram Reel" from the link alone. */
  title: string;
  caption?: string;
  poster?: string;
  /** "TikTok", "Instagram", or null for a link of no platform we know. */
  platform: string | null;
}

/** The platform the link belongs to, by its host (lib/platforms/registry.ts). */
const platformOf = (url: string): string | null => platformOfUrl(url)?.name ?? null;

export function captureName({ url, reel }: { url: string; reel?: ReelDescription | undefined }): CaptureName {
  const creator = reel?.creator?.replace(/^@/, '');
  const name: CaptureName = { title: creator ? `@${creator}` : describeReel(url), platform: platformOf(url) };
  if (reel?.caption) name.caption = reel.caption;
  if (reel?.poster) name.poster = reel.poster;
  return name;
}

/** One line for places with room for one: "@luna.bakes: Lemon tart in 3 steps". */
export function captureLabel(capture: { url: string; reel?: ReelDescription | undefined }): string {
  const { title, caption } = captureName(capture);
  return caption ? `${title}: ${caption}` : title;
}
