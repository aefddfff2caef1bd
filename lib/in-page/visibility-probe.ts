/**
 * Whether our in-page button is really seen where the person clicks it (Chrome's
 * IntersectionObserver v2): a decoy over it, `pointer-events: none` included, or a fade or transform
 * of it makes Chrome report it not visible, and then a click with confirmation off asks first
 * instead of spending. Observed only while the pointer or focus is on the button: the check is
 * costly and a feed has many buttons. Firefox cannot tell: there the spending limit caps a trick.
 */
import { tracksVisibility } from '../ui/input-guard';

export interface VisibilityProbe {
  watch(target: Element): void;
  unwatch(target: Element): void;
  /** True: seen in full; false: covered, faded, off screen, or not reported yet; null: the browser cannot tell. */
  seen(target: Element): boolean | null;
}

export function createVisibilityProbe(): VisibilityProbe {
  if (!tracksVisibility()) return { watch() {}, unwatch() {}, seen: () => null };
  const visible = new WeakMap<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        visible.set(entry.target, (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true && entry.intersectionRatio > 0.99);
      // (The button is small: all of it must be on screen, or the click could be meant for what is there.)
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  return {
    watch: (target) => observer.observe(target),
    unwatch(target) {
      observer.unobserve(target);
      visible.delete(target);
    },
    seen: (target) => visible.get(target) ?? false,
  };
}
