/**
 * Which grid tiles select mode binds to a video: a link that is itself a tile (a thumbnail-sized
 * box, not a caption's text link) to one video, in its canonical form. Photo posts, LIVE, ads
 * without a post and profile links parse as nothing and get no checkbox.
 *
 * Judgement call: on Instagram only `/reel/` tiles. A `/p/` tile may be a photo, a carousel or a
 * video, and the only sign is an icon whose label is in the viewer's language; since 2022 every
 * Instagram video is a reel, so a `/reel/` link is certain and a `/p/` one is left out (fail safe:
 * a photo never reaches Reference Analysis).
 */
import { parseReferenceUrl } from '../../platforms';
import { referenceKey } from '../../platforms/reference-key';
import type { Tile } from './selection';

/** Smaller than this is a text link, not a tile. */
export const MIN_TILE_PX = 64;

export function tileOf(href: string): Tile | null {
  const parsed = parseReferenceUrl(href);
  if (!parsed.ok || (parsed.kind !== 'video' && parsed.kind !== 'reel')) return null;
  return { key: referenceKey(parsed.canonicalUrl), url: parsed.canonicalUrl };
}

export const isTileSized = (box: { width: number; height: number }) => box.width >= MIN_TILE_PX && box.height >= MIN_TILE_PX;
