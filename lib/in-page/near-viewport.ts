/**
 * Which registered items are within reach of the viewport: one IntersectionObserver for the page,
 * two screens beyond each edge, so a button is there well before its video scrolls into view.
 * Used only past EAGER_BUTTONS (capture-controller.ts), on pages that keep thousands of items.
 */
import type { Proximity } from './capture-controller';

/** How far beyond the viewport an item counts as near: two viewports on every side. */
const REACH = '200%';

export function createNearViewport(signal: AbortSignal): Proximity {
  const listeners = new Map<Element, (near: boolean) => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: REACH },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    watch(element, onChange) {
      listeners.set(element, onChange);
      observer.observe(element);
    },
    unwatch(element) {
      listeners.delete(element);
      observer.unobserve(element);
    },
  };
}
