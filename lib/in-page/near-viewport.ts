/**
 * Which registered items are within reach of the viewport: one IntersectionObserver for the page,
 * two screens beyond each edge, so a button is there well before its video scrolls into view.
 * Used only past EAGER_BUTTONS (capture-controller.ts), on pages that keep thousands of items.
 *
 * The browser computes every observed target's intersection on every frame that lays out, so
 * observing all of a feed's 5,000 items would make each insertion dearer as the page grows. Only a
 * window of WINDOW items, in document order, is observed: the one around the items near the
 * viewport. It moves with them as the person scrolls. When none of it is near any more (a jump: the
 * End key, a link to a far item, a fling), the next scroll asks for its two ends again and moves it
 * by as many items as the viewport is away, estimated from their boxes, until it lands. Nothing
 * here reads layout: every box comes from the observer, computed after the browser's own layout.
 */
import type { Proximity } from './capture-controller';

/** How far beyond the viewport an item counts as near: two viewports on every side. */
const REACH = '200%';
/** Items observed at once: more than fit in five screens of the smallest grid tiles. */
export const WINDOW = 240;
/**
 * The window moves once what is near has drifted this many items from its centre: so it keeps
 * about WINDOW / 2 items on either side, and a jump of up to a hundred items lands inside it.
 */
const SLACK = 10;

type Entry = Pick<IntersectionObserverEntry, 'target' | 'isIntersecting' | 'boundingClientRect' | 'rootBounds'>;

export function createNearViewport(signal: AbortSignal, Observer: typeof IntersectionObserver = IntersectionObserver): Proximity {
  const listeners = new Map<Element, (near: boolean) => void>();
  /** Every watched element, in document order. */
  const order: Element[] = [];
  /** The first index of the observed window: order[start, start + WINDOW). */
  let start = 0;
  const near = new Set<Element>();
  /** What the observer watches: the window's elements. */
  const observed = new Set<Element>();

  const observer = new Observer((entries) => report(entries), { rootMargin: REACH });
  const windowEnd = () => Math.min(order.length, start + WINDOW);
  const inWindow = (index: number) => index >= start && index < windowEnd();
  /** An observed element's index, found within the window (never a scan of the whole feed); -1 for any other. */
  const indexInWindow = (element: Element) => (observed.has(element) ? order.indexOf(element, start) : -1);

  function observe(element: Element): void {
    observed.add(element);
    observer.observe(element);
  }

  function setNear(element: Element, value: boolean): void {
    if (near.has(element) === value) return;
    if (value) near.add(element);
    else near.delete(element);
    listeners.get(element)?.(value);
  }

  function leave(element: Element): void {
    observed.delete(element);
    observer.unobserve(element);
    setNear(element, false);
  }

  /** Observes order[to, to + WINDOW) instead of the current window. */
  function moveTo(to: number): void {
    const next = Math.max(0, Math.min(to, order.length - WINDOW));
    if (next === start) return;
    const [from, end] = [start, windowEnd()];
    start = next;
    for (let i = from; i < end; i++) if (!inWindow(i)) leave(order[i] as Element);
    for (let i = start; i < windowEnd(); i++) if (i < from || i >= end) observe(order[i] as Element);
  }

  /** Moves taken with nothing near, since the last scroll: estimates that keep missing stop (boxes that never settle). */
  let blindMoves = 0;
  const MAX_BLIND_MOVES = 8;

  function report(entries: readonly Entry[]): void {
    // An entry queued before its element left the window is stale.
    for (const entry of entries) if (observed.has(entry.target)) setNear(entry.target, entry.isIntersecting);
    const indexes = [...near].map(indexInWindow).filter((index) => index >= 0);
    let target: number | null;
    if (indexes.length > 0) {
      target = (Math.min(...indexes) + Math.max(...indexes)) / 2;
      blindMoves = 0;
    } else {
      target = viewportIndex(entries);
      if (target === null || blindMoves++ >= MAX_BLIND_MOVES) return;
    }
    if (Math.abs(target - (start + WINDOW / 2)) > SLACK) moveTo(Math.round(target - WINDOW / 2));
  }

  /**
   * With nothing near, the index of the item at the viewport's middle, estimated from the observed
   * boxes that just arrived: the distance from the nearer reported end, over the spacing between
   * the two ends (which counts the columns of a grid), or over one item's height when only one
   * reported. Null when no box is known.
   */
  function viewportIndex(entries: readonly Entry[]): number | null {
    const boxes = entries
      .map((entry) => ({ index: indexInWindow(entry.target), box: entry.boundingClientRect, root: entry.rootBounds }))
      .filter(({ index, box }) => index >= 0 && box.height > 0)
      .sort((a, b) => a.index - b.index);
    const first = boxes[0];
    const last = boxes[boxes.length - 1];
    if (!first || !last || !first.root) return null;
    const middle = (first.root.top + first.root.bottom) / 2;
    const spacing = last.index > first.index ? (last.box.top - first.box.top) / (last.index - first.index) : first.box.height;
    if (spacing <= 0) return null;
    const from = middle > last.box.bottom ? last : first;
    return from.index + Math.round((middle - from.box.top) / spacing);
  }

  /** On a scroll with nothing near, the window's ends are observed afresh: their boxes arrive after the next layout. */
  let probing = false;
  function probe(): void {
    if (probing || near.size > 0 || order.length <= WINDOW) return;
    probing = true;
    blindMoves = 0;
    requestAnimationFrame(() => {
      probing = false;
      for (const element of [order[start], order[windowEnd() - 1]]) {
        if (!element) continue;
        observer.unobserve(element);
        observer.observe(element);
      }
    });
  }

  /** Whether any of the window's last SLACK items is near. */
  function nearTail(): boolean {
    for (let i = Math.max(start, windowEnd() - SLACK); i < windowEnd(); i++) if (near.has(order[i] as Element)) return true;
    return false;
  }

  /** Where `element` goes in document order: after every watched element that precedes it. */
  function positionOf(element: Element): number {
    const last = order[order.length - 1];
    if (!last || last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) return order.length;
    let [low, high] = [0, order.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((order[mid] as Element).compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  document.addEventListener('scroll', probe, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    watch(element, onChange) {
      if (listeners.has(element)) return;
      listeners.set(element, onChange);
      const index = positionOf(element);
      order.splice(index, 0, element);
      if (index < start) start++;
      else if (index < start + WINDOW) {
        observe(element);
        // The window keeps its size: the element it pushed past its end leaves it.
        const pushed = order[start + WINDOW];
        if (pushed) leave(pushed);
      } else if (index === start + WINDOW && nearTail() && !near.has(order[start] as Element)) {
        // Appended right after a window whose end is near (the person is at the feed's end): it follows.
        leave(order[start] as Element);
        start++;
        observe(element);
      }
    },
    unwatch(element) {
      const index = order.indexOf(element);
      if (index < 0) return;
      const wasObserved = observed.delete(element);
      order.splice(index, 1);
      listeners.delete(element);
      near.delete(element);
      observer.unobserve(element);
      if (index < start) start--;
      else if (wasObserved) {
        // The window keeps its size: the next element after it comes in.
        const joined = order[start + WINDOW - 1];
        if (joined) observe(joined);
      }
      if (start > 0 && start + WINDOW > order.length) moveTo(order.length - WINDOW);
    },
  };
}
