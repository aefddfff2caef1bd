import { instagramPermalinkFromPath } from '../../platforms/instagram-permalink';
import type { PlatformAdapter, VideoItem } from '../adapter';
import { INSTAGRAM } from './instagram-selectors';

/** The post's own permalink: the first `<time>` link that names a reel or post. */
function permalink(post: Element, page: URL): string | null {
  for (const time of post.querySelectorAll(INSTAGRAM.timestamp)) {
    const href = time.closest('a')?.getAttribute('href');
    if (!href) continue;
    const link = new URL(href, page);
    const url = link.origin === page.origin ? instagramPermalinkFromPath(link.pathname) : null;
    if (url) return url;
  }
  return null;
}

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  itemSelector: `${INSTAGRAM.post}, ${INSTAGRAM.videoBlock}`,
  overlaySelector: INSTAGRAM.dialog,
  // Instagram keeps the top-left of a video free (mute and tags sit at the bottom).
  buttonInset: { top: 12, left: 12 },

  resolve(video, page): VideoItem | null {
    const scope = video.closest(INSTAGRAM.dialog) ?? video.closest(INSTAGRAM.main);
    if (!scope) return null;
    const block = video.closest(INSTAGRAM.videoBlock);
    const post = video.closest(INSTAGRAM.post);
    if (post && scope.contains(post)) {
      const url = permalink(post, page);
      // No <time>: a sponsored post; capture only what names itself.
      return url ? { container: post, mountPoint: block?.parentElement ?? video.parentElement ?? post, url } : null;
    }
    // No <article>: a reel page loaded directly, or the reels feed. The live location names the reel.
    const url = instagramPermalinkFromPath(page.pathname);
    const container = block ?? video.parentElement;
    if (!url || !container) return null;
    return { container, mountPoint: container, url, locationBound: true };
  },
};
