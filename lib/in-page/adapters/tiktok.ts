import { tiktokVideoUrl } from '../../platforms/tiktok-video-url';
import { TIKTOK_PLATFORM } from '../../platforms/tiktok';
import type { PlatformAdapter, VideoItem } from '../adapter';
import { firstLine, posterOf } from './describe';
import { TIKTOK } from './tiktok-selectors';

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

export const tiktokAdapter: PlatformAdapter = {
  platform: TIKTOK_PLATFORM.id,
  itemSelector: `${TIKTOK.feedItem}, ${TIKTOK.modeAncestor}`,
  overlaySelector: TIKTOK.browseOverlay,
  // The player's mute/volume control sits in the top-left corner; go just below it.
  buttonInset: { top: 64, left: 12 },

  resolve(video, page): VideoItem | null {
    const wrapper = video.closest(TIKTOK.playerWrapper);
    const ids = wrapper ? TIKTOK.playerWrapperId.exec(wrapper.id) : null;
    const videoId = ids?.[1];
    // A <video> without a post id is a LIVE preview or an ad slot: no button (tiktokVideoUrl checks the id).
    if (!wrapper || !videoId) return null;
    const modeElement = wrapper.closest(TIKTOK.modeAncestor);
    const mode = modeElement?.getAttribute('mode');
    if (!modeElement || !TIKTOK.watchModes.includes(mode) || wrapper.closest(TIKTOK.gridTile)) return null;

    if (mode === '0') {
      const item = modeElement.closest(TIKTOK.feedItem);
      const author = item ? feedAuthor(item) : null;
      const url = author ? tiktokVideoUrl(author, videoId) : null;
      return item && url && author ? { container: item, mountPoint: modeElement, url, creator: author } : null;
    }
    const scope = modeElement.closest(mode === '2' ? TIKTOK.browseOverlay : TIKTOK.videoPage) ?? modeElement.parentElement;
    const author = authorFromLocation(page, videoId) ?? (scope?.querySelector(TIKTOK.browseUsername)?.textContent?.trim() || null);
    const url = author ? tiktokVideoUrl(author, videoId) : null;
    return url && author ? { container: modeElement, mountPoint: modeElement, url, creator: author } : null;
  },

  describe(item) {
    const scope = item.container.closest(`${TIKTOK.browseOverlay}, ${TIKTOK.videoPage}`) ?? item.container;
    const caption = firstLine(scope.querySelector(`${TIKTOK.caption}, ${TIKTOK.browseCaption}`));
    const poster = posterOf(item.container);
    return { ...(item.creator ? { creator: item.creator } : {}), ...(caption ? { caption } : {}), ...(poster ? { poster } : {}) };
  },
};
