import { instagramPermalinkFromPath } from '../../platforms/instagram-permalink';
import { INSTAGRAM_PLATFORM } from '../../platforms/instagram';
import type { PlatformAdapter, VideoItem } from '../adapter';
import { firstLine, posterOf } from './describe';
import { INSTAGRAM } from './instagram-selectors';

/** The author's profile link in `scope`: `/<username>/` with the name as its text. */
function authorIn(scope: Element): string | undefined {
  for (const link of scope.querySelectorAll(INSTAGRAM.profileLink)) {
    const name = INSTAGRAM.profilePath.exec(link.getAttribute('href') ?? '')?.[1];
    if (name && link.textContent?.trim() === name) return name;
  }
  return undefined;
}

/** How far up from the video the author may be looked for (reel page: the panel beside it). */
const AUTHOR_LEVELS = 6;

/**
 * Around the video: the post, or (reels feed, reel page) the nearest box that also names its
 * author — the closest one, so a feed's neighbouring reel is never the one read.
 */
function scopeOf(container: Element): { scope: Element; author: string | undefined } {
  const post = container.closest(INSTAGRAM.post);
  if (post) return { scope: post, author: authorIn(post) };
  let scope = container;
  for (let level = 0; level < AUTHOR_LEVELS && scope.parentElement && !scope.parentElement.matches(INSTAGRAM.main); level++) {
    scope = scope.parentElement;
    const author = authorIn(scope);
    if (author) return { scope, author };
  }
  return { scope: container.parentElement ?? container, author: undefined };
}

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

/**
 * The second strategy, for markup the primary selectors no longer know (no `<article>`, no video
 * block, no `<time>`): the nearest box around the video, within the page's main content or a
 * dialog, that links to a post — when it links to exactly one and holds no other video. A
 * sponsored post has no permalink, so the climb reaches the feed, which holds many: no button.
 */
function byStructure(video: HTMLVideoElement, scope: Element, page: URL): VideoItem | null {
  let box = video.parentElement;
  for (let level = 0; box && level < INSTAGRAM.structureLevels && scope.contains(box); level++, box = box.parentElement) {
    if (box.getElementsByTagName('video').length > 1) return null;
    const found = new Map<string, string>();
    for (const link of box.querySelectorAll('a[href]')) {
      const target = new URL(link.getAttribute('href') ?? '', page);
      const url = target.origin === page.origin ? instagramPermalinkFromPath(target.pathname) : null;
      // One post reached as /p/<code>/ and /reel/<code>/ is one post; the code is the last segment.
      if (url) found.set(url.split('/').at(-2) ?? url, url);
    }
    if (found.size > 1) return null;
    const [url] = found.values();
    if (url) {
      const creator = authorIn(box);
      return { container: box, mountPoint: video.parentElement ?? box, url, unverified: true, byStructure: true, ...(creator ? { creator } : {}) };
    }
  }
  return null;
}

export const instagramAdapter: PlatformAdapter = {
  platform: INSTAGRAM_PLATFORM.id,
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
      const creator = url ? authorIn(post) : undefined;
      return url ? { container: post, mountPoint: block?.parentElement ?? video.parentElement ?? post, url, ...(creator ? { creator } : {}) } : null;
    }
    // No <article>: a reel page loaded directly, or the reels feed. The live location names the reel.
    const url = instagramPermalinkFromPath(page.pathname);
    const container = block ?? video.parentElement;
    if (!url) return byStructure(video, scope, page);
    if (!container) return null;
    const { author: creator } = scopeOf(container);
    return { container, mountPoint: container, url, locationBound: true, ...(creator ? { creator } : {}) };
  },

  skips(video, page) {
    const post = video.closest(INSTAGRAM.post);
    return video.closest('a[href]') !== null || (post !== null && permalink(post, page) === null);
  },

  describe(item) {
    const caption = firstLine(scopeOf(item.container).scope.querySelector(INSTAGRAM.caption));
    const poster = posterOf(item.container);
    return { ...(item.creator ? { creator: item.creator } : {}), ...(caption ? { caption } : {}), ...(poster ? { poster } : {}) };
  },
};
