/**
 * The button is placed against its mount point's box (`position: absolute`), so a mount point left
 * `static` gets `position: relative`. Whether it is static is read once the host has been laid
 * out, from a ResizeObserver, which reports right after layout while style is clean: reading it on
 * insertion forced a style recalculation of everything the page had just changed, twice per frame
 * (ours, then the frame's), and on a feed of 5,000 items that grew with the page. A mount point
 * made relative here is laid out again before the frame is painted, so the button is never drawn
 * anywhere else. A host with no box yet (its item hidden) is reported when it gets one.
 */
export interface PositionAnchor {
  /** `host` was just put first in its mount point. */
  watch(host: Element): void;
  unwatch(host: Element): void;
}

export function createPositionAnchor(signal: AbortSignal, Observer: typeof ResizeObserver = ResizeObserver): PositionAnchor {
  const observer = new Observer((entries) => {
    // All reads, then all writes: a write between two reads would dirty style for the next one.
    const mountPoints = entries.map(({ target }) => {
      observer.unobserve(target);
      return target.parentElement;
    });
    const statics = mountPoints.filter((point) => point !== null && getComputedStyle(point).position === 'static');
    for (const point of statics) (point as HTMLElement).style.position = 'relative';
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    watch: (host) => observer.observe(host),
    unwatch: (host) => observer.unobserve(host),
  };
}
