/**
 * What differs per platform, behind one interface: where videos sit in the DOM and how an item
 * names its own canonical URL. Adapters are pure DOM readers (no browser APIs, no side effects),
 * so they are unit-tested on DOM snapshots. Every guess fails safe: no item rather than a wrong one.
 */
import type { ReelDescription } from '../captures/reel-description';

export interface VideoItem {
  /** The item's outermost element: one button per container, torn down with it. */
  container: Element;
  /** Where the button's host is appended (inside `container`). */
  mountPoint: Element;
  /** The canonical URL of *this* video. */
  url: string;
  /**
   * The item has no link to itself and is known only as "the one the page's URL names"
   * (Instagram's reels feed): only the most visible such item gets the URL.
   */
  locationBound?: boolean;
  /** Who posted it, when the item says so cheaply (for the button's accessible name). */
  creator?: string;
  /**
   * The page changed which reel this item names without the person doing anything (a location
   * change on a feed where the URL is all there is): a click asks first, naming the reel.
   */
  unverified?: boolean;
  /**
   * Bound by the second strategy (structure, links, location, the media's own ids) because the
   * site's markup no longer matched the primary selectors. Always `unverified` too.
   */
  byStructure?: boolean;
}

export interface PlatformAdapter {
  /** The platform's id in the registry (lib/platforms/registry.ts). */
  platform: string;
  /** Ancestors whose late-arriving content (an author link, a timestamp) may complete an item. */
  itemSelector: string;
  /** Containers to search first: dialogs and overlays sit above grids that stay in the DOM. */
  overlaySelector: string;
  /** Where the button sits in the item, clear of the site's own controls (px from top-left). */
  buttonInset: { top: number; left: number };
  /**
   * The item a video belongs to, or null. When the primary selectors do not recognise the markup
   * around a video (the site changed it), a second strategy that leans on no class name or test
   * attribute binds it — only when the answer is unambiguous.
   */
  resolve(video: HTMLVideoElement, page: URL): VideoItem | null;
  /**
   * A video the platform never gets a button by design (a LIVE or grid preview, a sponsored post
   * without a permalink): when it is the one on screen, the popup does not call it unbound.
   */
  skips(video: HTMLVideoElement, page: URL): boolean;
  /** What the page says about the item's reel, read when a person clicks (never trusted for the URL). */
  describe(item: VideoItem): ReelDescription;
}
