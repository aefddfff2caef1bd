/**
 * Keeps exactly one capture button on every video item the adapter recognises, through SPA
 * navigation, re-renders, endless feeds and virtualization. Fed by the element observer (added and
 * removed nodes only) and by location changes; never rescans the document after the first scan.
 */
import type { PlatformAdapter, VideoItem } from './adapter';

export const HOST_ATTRIBUTE = 'data-sume-capture';

export interface MountedButton {
  /** The item now names another reel, or what is known about it changed. */
  update(item: VideoItem): void;
  /** Starts the button's own flow (ask, then send), as a click would: for the menu and the shortcut. */
  analyze(): void;
  remove(): void;
}

/** Mounts a button; calls `registerHost` once its host element is in the page (maybe later). */
export type MountButton = (item: VideoItem, registerHost: (host: Element) => void) => MountedButton;

export interface CaptureControllerOptions {
  adapter: PlatformAdapter;
  mount: MountButton;
  pageUrl: () => URL;
  /** Visible area of an element in the viewport, to pick the active location-bound item. */
  visibleArea?: (element: Element) => number;
  /** Whether a person scrolled, typed or touched just now (lifetime.ts); a URL change without that is the page's own. */
  personActed?: () => boolean;
  /** Tells when an element comes near the viewport and goes far from it (near-viewport.ts). */
  proximity?: Proximity;
}

/** Calls `onChange(true)` when `element` comes within reach of the viewport, `onChange(false)` when it leaves. */
export interface Proximity {
  watch(element: Element, onChange: (near: boolean) => void): void;
  unwatch(element: Element): void;
}

/**
 * Up to this many bound videos, every one carries its button at once (every real feed: TikTok and
 * Instagram keep a few dozen items in the DOM). Past it — a page that keeps thousands — the rest are
 * registered only, and get their button as they come near the viewport, losing it again far away:
 * each live button costs the page layout and paint on every frame, so thousands would make every
 * insertion dearer as the page grows.
 */
export const EAGER_BUTTONS = 200;

interface Entry {
  item: VideoItem;
  /** Absent while the item is registered but far from the viewport (past EAGER_BUTTONS). */
  button?: MountedButton | undefined;
  host?: Element | undefined;
  /** Watched by `proximity`: mounted only while near the viewport. */
  lazy?: boolean;
}

/** What the popup says about the page: "12 videos · 11 buttons", and whether the video on screen has none. */
export interface PageCounts {
  videos: number;
  buttons: number;
  /** Buttons bound by the second strategy: the site's markup changed. */
  byStructure: number;
  /**
   * The video the person is watching (in an overlay first, else the most visible) has no button,
   * and is not one the platform never gets one (adapter.skips).
   */
  unbound: boolean;
}

/** The site's own re-render may remove our host; we come back, but never fight it forever. */
const MAX_REMOUNTS = 3;

function defaultVisibleArea(element: Element): number {
  const rect = element.getBoundingClientRect();
  const width = Math.max(0, Math.min(rect.right, innerWidth) - Math.max(rect.left, 0));
  const height = Math.max(0, Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0));
  return width * height;
}

export function createCaptureController({
  adapter,
  mount,
  pageUrl,
  visibleArea = defaultVisibleArea,
  personActed = () => true,
  proximity,
}: CaptureControllerOptions) {
  const byContainer = new Map<Element, Entry>();
  const containerByHost = new Map<Element, Element>();
  /** Videos seen that did not resolve yet (content still arriving, or not named by the URL). */
  const pending = new Set<HTMLVideoElement>();
  /** Videos named only by the page URL (Instagram's reels feed). */
  const locationBound = new Set<HTMLVideoElement>();
  const queue = new Set<HTMLVideoElement>();
  const remounts = new WeakMap<Element, number>();
  /** The video of each item registered without a button (past EAGER_BUTTONS), to its container. */
  const lazyByVideo = new Map<HTMLVideoElement, Element>();
  let activeBound: Element | undefined;

  function mountEntry(entry: Entry): MountedButton {
    const button = mount(entry.item, (host) => {
      entry.host = host;
      containerByHost.set(host, entry.item.container);
    });
    entry.button = button;
    return button;
  }

  /** Takes the button off an item that stays registered (it went far from the viewport). */
  function dismount(entry: Entry): void {
    // Forgotten first: the observer then sees our own host leave and does not put it back.
    if (entry.host) containerByHost.delete(entry.host);
    entry.button?.remove();
    entry.button = undefined;
    entry.host = undefined;
  }

  /** Without a host to find it by, an item's video tells when it leaves the page (a re-render may replace it). */
  function watchVideoOf(container: Element): void {
    const video = container.getElementsByTagName('video')[0];
    if (video) lazyByVideo.set(video, container);
  }

  function ensure(item: VideoItem): void {
    const existing = byContainer.get(item.container);
    if (existing) {
      if (existing.lazy) watchVideoOf(item.container);
      const was = existing.item;
      if (was.url !== item.url || was.unverified !== item.unverified || was.creator !== item.creator) {
        existing.item = item;
        existing.button?.update(item);
      }
      return;
    }
    const entry: Entry = { item };
    const lazy = proximity !== undefined && byContainer.size >= EAGER_BUTTONS;
    byContainer.set(item.container, entry);
    if (!lazy) {
      mountEntry(entry);
      return;
    }
    entry.lazy = true;
    watchVideoOf(item.container);
    proximity.watch(item.container, (near) => {
      if (byContainer.get(item.container) !== entry) return;
      if (near && !entry.button) mountEntry(entry);
      else if (!near && entry.button) dismount(entry);
    });
  }

  function unmount(container: Element): void {
    const entry = byContainer.get(container);
    if (!entry) return;
    byContainer.delete(container);
    if (entry.lazy) proximity?.unwatch(container);
    dismount(entry);
    if (activeBound === container) activeBound = undefined;
  }

  /**
   * Of the videos only the URL names, the most visible one is the one the URL means. The page can
   * rewrite the URL at will (`history.replaceState`), so a binding counts as the person's only when
   * it came with their own scroll, key or touch, and never when the URL changed under the same video;
   * otherwise a click asks first, naming the reel. The first binding, at load, is the page they opened.
   */
  let boundOnce = false;
  function settleLocationBound(page: URL): void {
    let best: { item: VideoItem; area: number } | undefined;
    for (const video of locationBound) {
      if (!video.isConnected) {
        locationBound.delete(video);
        continue;
      }
      const item = adapter.resolve(video, page);
      if (!item?.locationBound) continue;
      const area = visibleArea(item.container);
      if (!best || area > best.area) best = { item, area };
    }
    if (activeBound && activeBound !== best?.item.container) unmount(activeBound);
    if (best) {
      const previous = activeBound === best.item.container ? byContainer.get(activeBound)?.item : undefined;
      const swapped = previous !== undefined && previous.url !== best.item.url;
      const unverified = previous && !swapped ? previous.unverified === true : boundOnce && (swapped || !personActed());
      ensure(unverified ? { ...best.item, unverified } : best.item);
      activeBound = best.item.container;
      boundOnce = true;
    }
  }

  function resolveAll(videos: Iterable<HTMLVideoElement>): void {
    const page = pageUrl();
    let boundChanged = false;
    for (const video of videos) {
      if (!video.isConnected) continue;
      const item = adapter.resolve(video, page);
      if (!item) pending.add(video);
      else if (item.locationBound) {
        pending.delete(video);
        locationBound.add(video);
        boundChanged = true;
      } else {
        pending.delete(video);
        ensure(item);
      }
    }
    if (boundChanged) settleLocationBound(page);
  }

  const isOurHost = (element: Element) => element.hasAttribute(HOST_ATTRIBUTE);

  /** What the person is watching: of those in a dialog or overlay if any, else of all, the most visible one on screen. */
  function watched<T>(candidates: T[], elementOf: (candidate: T) => Element): T | undefined {
    const inOverlay = candidates.filter((candidate) => elementOf(candidate).closest(adapter.overlaySelector));
    let best: { candidate: T; area: number } | undefined;
    for (const candidate of inOverlay.length ? inOverlay : candidates) {
      const area = visibleArea(elementOf(candidate));
      if (area > 0 && (!best || area > best.area)) best = { candidate, area };
    }
    return best?.candidate;
  }

  return {
    /** First look at a page: overlays and dialogs first, then the rest. The only full scan. */
    scan(root: ParentNode): void {
      const overlays = [...root.querySelectorAll(adapter.overlaySelector)].flatMap((o) => [...o.getElementsByTagName('video')]);
      resolveAll(new Set([...overlays, ...root.querySelectorAll('video')]));
    },

    added(element: Element): void {
      if (isOurHost(element)) return;
      if (element instanceof HTMLVideoElement) queue.add(element);
      else for (const video of element.getElementsByTagName('video')) queue.add(video);
      // Late content inside an item (an author link, a timestamp) may complete it. Only worth the
      // walk up the tree while some video waits for its item to complete.
      if (pending.size === 0) return;
      const item = element.parentElement?.closest(adapter.itemSelector);
      if (item) for (const video of item.getElementsByTagName('video')) if (pending.has(video)) queue.add(video);
    },

    removed(element: Element): void {
      const hosts = isOurHost(element) ? [element] : [...element.querySelectorAll(`[${HOST_ATTRIBUTE}]`)];
      for (const host of hosts) {
        const container = containerByHost.get(host);
        if (!container) continue;
        unmount(container);
        // Only our host was taken out (the site re-rendered its children): put one back, a few times.
        if (container.isConnected) {
          const count = (remounts.get(container) ?? 0) + 1;
          remounts.set(container, count);
          if (count <= MAX_REMOUNTS) for (const video of container.getElementsByTagName('video')) queue.add(video);
        }
      }
      if (pending.size > 0 || locationBound.size > 0 || lazyByVideo.size > 0) {
        const videos = element instanceof HTMLVideoElement ? [element] : element.getElementsByTagName('video');
        for (const video of videos) {
          pending.delete(video);
          locationBound.delete(video);
          const container = lazyByVideo.get(video);
          if (container === undefined) continue;
          lazyByVideo.delete(video);
          if (!container.isConnected) unmount(container);
        }
      }
    },

    flushed(): void {
      if (queue.size === 0) return;
      const batch = [...queue];
      queue.clear();
      resolveAll(batch);
    },

    /** The URL changed (SPA navigation): items may now name a different video, or none. */
    locationChanged(page: URL = pageUrl()): void {
      for (const container of [...byContainer.keys()]) {
        if (container === activeBound) continue;
        const video = container.querySelector('video');
        const item = video && container.isConnected ? adapter.resolve(video, page) : null;
        if (!item || item.container !== container || item.locationBound) unmount(container);
        else ensure(item);
      }
      resolveAll([...pending]);
      settleLocationBound(page);
    },

    /**
     * The video the user is watching: one in a dialog or overlay first, else the most visible.
     * With `near`, the item that contains that element (what was right-clicked).
     */
    activeItem(near?: Element | null): VideoItem | null {
      const entries = [...byContainer.values()].filter((entry) => entry.item.container.isConnected);
      if (near) return entries.find((entry) => entry.item.container.contains(near))?.item ?? null;
      // A registered item without its button is far from the viewport: never the one on screen.
      // So on a page that keeps thousands, only the first EAGER_BUTTONS and those near are measured.
      const candidates = entries.filter((entry) => !entry.lazy || entry.button);
      return watched(candidates, (entry) => entry.item.container)?.item ?? null;
    },

    /** Counts for the popup, read when it opens (never while the page scrolls). */
    report(videos: ArrayLike<HTMLVideoElement>): PageCounts {
      const entries = [...byContainer.values()].filter((entry) => entry.item.container.isConnected);
      const all = Array.from(videos);
      const onScreen = watched(all, (video) => video);
      return {
        videos: all.length,
        buttons: entries.length,
        byStructure: entries.filter((entry) => entry.item.byStructure).length,
        unbound: onScreen !== undefined && !entries.some((entry) => entry.item.container.contains(onScreen)) && !adapter.skips(onScreen, pageUrl()),
      };
    },

    /** Runs the in-place flow of the button showing `url`; false when no such button is on the page. */
    analyze(url: string): boolean {
      const entry = [...byContainer.values()].find((e) => e.item.url === url && e.item.container.isConnected);
      // A registered item far from the viewport gets its button now: the question anchors to it.
      if (entry) (entry.button ?? mountEntry(entry)).analyze();
      return entry !== undefined;
    },

    stop(): void {
      for (const container of [...byContainer.keys()]) unmount(container);
      lazyByVideo.clear();
      pending.clear();
      locationBound.clear();
      queue.clear();
    },

    get size(): number {
      return byContainer.size;
    },
  };
}

export type CaptureController = ReturnType<typeof createCaptureController>;
