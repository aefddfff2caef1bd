import { tiktokVideoUrl } from '../../platforms/tiktok-video-url';
import { TIKTOK_PLATFORM } from '../../platforms/tiktok';
import type { PlatformAdapter, VideoItem } from '../adapter';
import { firstLine, posterOf } from './describe';
import { STRUCTURE, TIKTOK } from './tiktok-selectors';

/** `/@handle` or `/@handle?lang=en` → `handle` (handles are ASCII; tiktokVideoUrl validates them). */
function handleFromHref(href: string | null): string | null {
  const match = /^\/@([^/?#]+)\/?(?:[?#].*)?$/.exec(href ?? '');
  return match?.[1] ?? null;
}

/** The author of a feed item, from the item itself (never from the page head or embedded JSON). */
function feedAuthor(item: Element): string | null {
  const uniqueId = item.querySelector(TIKTOK.authorUniqueId);
  const fromLink = handleFromHref(uniqueId?.closest('a')?.getAttribute('href') ?? null);
  if (fromLink) return fromLink;
  const fromAvatar = handleFromHref(item.querySelector(TIKTOK.authorAvatar)?.getAttribute('href') ?? null);
  if (fromAvatar) return fromAvatar;
  return uniqueId?.textContent?.trim() || null;
}

/** On a video page or in the browse overlay the live location names the video; trust it only if the ids agree. */
function authorFromLocation(page: URL, videoId: string): string | null {
  const match = /^\/@([^/]+)\/video\/(\d+)\/?$/.exec(page.pathname);
  return match?.[1] && match[2] === videoId ? match[1] : null;
}

const videoItem = (container: Element, mountPoint: Element, author: string, videoId: string, byStructure = false): VideoItem | null => {
  const url = tiktokVideoUrl(author, videoId);
  return url ? { container, mountPoint, url, creator: author, ...(byStructure ? { byStructure, unverified: true } : {}) } : null;
};

/**
 * By the markup TikTok documents for itself (tiktok-selectors.ts). Null: this is not a video a
 * person watches (a LIVE card, a grid preview, a malformed id). Undefined: the markup is not the
 * one these selectors know.
 */
function byDesign(video: HTMLVideoElement, page: URL): VideoItem | null | undefined {
  const wrapper = video.closest(TIKTOK.playerWrapper);
  if (!wrapper) return undefined;
  const videoId = TIKTOK.playerWrapperId.exec(wrapper.id)?.[1];
  // A player without a post id is a LIVE preview or an ad slot: no button (tiktokVideoUrl checks the id).
  if (!videoId) return null;
  const modeElement = wrapper.closest(TIKTOK.modeAncestor);
  if (!modeElement) return undefined;
  const mode = modeElement.getAttribute('mode');
  if (!TIKTOK.watchModes.includes(mode) || wrapper.closest(TIKTOK.gridTile)) return null;
  if (mode === '0') {
    const feedItem = modeElement.closest(TIKTOK.feedItem);
    const author = feedItem ? feedAuthor(feedItem) : null;
    return feedItem && author ? videoItem(feedItem, modeElement, author, videoId) : undefined;
  }
  const scope = modeElement.closest(mode === '2' ? TIKTOK.browseOverlay : TIKTOK.videoPage) ?? modeElement.parentElement;
  const author = authorFromLocation(page, videoId) ?? (scope?.querySelector(TIKTOK.browseUsername)?.textContent?.trim() || null);
  return author ? videoItem(modeElement, modeElement, author, videoId) : undefined;
}

/** The handles of the `/@handle` links in `scope` that are not mentions (a caption's "@name"). */
function authorsIn(scope: Element): Set<string> {
  const handles = new Set<string>();
  for (const link of scope.querySelectorAll(STRUCTURE.profileLink)) {
    const handle = handleFromHref(link.getAttribute('href')?.replace(STRUCTURE.origin, '') ?? null);
    if (handle && !link.textContent?.trim().startsWith('@')) handles.add(handle);
  }
  return handles;
}

/** The element around the video whose id ends in a video id. */
function playerOf(video: HTMLVideoElement): Element | null {
  let element = video.parentElement;
  for (let level = 0; element && level < STRUCTURE.playerLevels; level++, element = element.parentElement) {
    if (STRUCTURE.playerId.test(element.id)) return element;
  }
  return null;
}

/**
 * The second strategy, for markup the selectors no longer know: no class name, no `data-e2e`.
 * The id comes from the player's own id (`…-<19 digits>`), the author from the location when it
 * names that id, else from the one author linked in the nearest box around the player that holds
 * no other video. A preview inside a link, a box that links to its own video (a grid tile), two
 * authors or none: no button.
 */
function byStructure(video: HTMLVideoElement, page: URL): VideoItem | null {
  const player = playerOf(video);
  const videoId = player ? STRUCTURE.playerId.exec(player.id)?.[1] : undefined;
  if (!player || !videoId || video.closest('a[href]')) return null;
  const mode = player.closest(TIKTOK.modeAncestor)?.getAttribute('mode');
  if (mode != null && !TIKTOK.watchModes.includes(mode)) return null;
  const mountPoint = player.parentElement ?? player;
  const fromLocation = authorFromLocation(page, videoId);
  if (fromLocation) return videoItem(mountPoint, mountPoint, fromLocation, videoId, true);
  let scope = mountPoint;
  for (let level = 0; level < STRUCTURE.itemLevels && scope.parentElement; level++) {
    scope = scope.parentElement;
    if (scope.getElementsByTagName('video').length > 1 || scope.querySelector(`a[href*="/video/${videoId}"]`)) return null;
    const authors = authorsIn(scope);
    if (authors.size > 1) return null;
    const [author] = authors;
    if (author) return videoItem(scope, mountPoint, author, videoId, true);
  }
  return null;
}

export const tiktokAdapter: PlatformAdapter = {
  platform: TIKTOK_PLATFORM.id,
  itemSelector: `${TIKTOK.feedItem}, ${TIKTOK.modeAncestor}`,
  overlaySelector: TIKTOK.browseOverlay,
  // The player's mute/volume control sits in the top-left corner; go just below it.
  buttonInset: { top: 64, left: 12 },
  resolve(video, page): VideoItem | null {
    const designed = byDesign(video, page);
    return designed === undefined ? byStructure(video, page) : designed;
  },
  skips: (video, page) => video.closest('a[href]') !== null || byDesign(video, page) === null,
  describe(item) {
    const scope = item.container.closest(`${TIKTOK.browseOverlay}, ${TIKTOK.videoPage}`) ?? item.container;
    const caption = firstLine(scope.querySelector(`${TIKTOK.caption}, ${TIKTOK.browseCaption}`));
    const poster = posterOf(item.container);
    return { ...(item.creator ? { creator: item.creator } : {}), ...(caption ? { caption } : {}), ...(poster ? { poster } : {}) };
  },
};
