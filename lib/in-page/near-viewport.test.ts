// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WINDOW, createNearViewport } from './near-viewport';

const VIEWPORT = 900;
/** The observer's root: the viewport grown by two viewports on every side (rootMargin 200%). */
const ROOT = { top: -2 * VIEWPORT, bottom: 3 * VIEWPORT };

/**
 * A page of items laid out by a formula, and an IntersectionObserver that behaves as the browser's:
 * after each "frame" it reports every newly observed target, and every target whose intersection
 * with the root changed since its last report, with its box.
 */
function page(options: { columns?: number; rowHeight?: number } = {}) {
  const { columns = 1, rowHeight = VIEWPORT } = options;
  let scrollTop = 0;
  const targets = new Map<Element, boolean | undefined>();
  let callback: IntersectionObserverCallback = () => {};
  const disconnect = vi.fn();
  const Observer = class {
    constructor(report: IntersectionObserverCallback) {
      callback = report;
    }
    observe = (target: Element) => targets.set(target, undefined);
    unobserve = (target: Element) => targets.delete(target);
    disconnect = disconnect;
  } as unknown as typeof IntersectionObserver;

  const boxOf = (element: Element) => {
    const top = Math.floor(Number((element as HTMLElement).dataset.i) / columns) * rowHeight - scrollTop;
    return { top, bottom: top + rowHeight, height: rowHeight } as DOMRectReadOnly;
  };
  /** Runs frames until the observer has nothing more to say; returns how many reported. */
  function settle(): number {
    let frames = 0;
    for (; frames < 50; frames++) {
      const entries: IntersectionObserverEntry[] = [];
      for (const [target, was] of targets) {
        const box = boxOf(target);
        const isIntersecting = box.bottom > ROOT.top && box.top < ROOT.bottom;
        if (was === isIntersecting) continue;
        targets.set(target, isIntersecting);
        entries.push({ target, isIntersecting, boundingClientRect: box, rootBounds: ROOT as DOMRectReadOnly } as IntersectionObserverEntry);
      }
      if (entries.length === 0) return frames;
      callback(entries, {} as IntersectionObserver);
    }
    throw new Error('The observer never settled.');
  }
  function scrollTo(item: number): number {
    scrollTop = Math.floor(item / columns) * rowHeight;
    document.dispatchEvent(new Event('scroll'));
    return settle();
  }
  /** Items whose box meets the root, as the browser sees them. */
  const expectedNear = (elements: Element[]) =>
    elements.filter((element) => {
      const box = boxOf(element);
      return box.bottom > ROOT.top && box.top < ROOT.bottom;
    });
  return { Observer, targets, settle, scrollTo, expectedNear, disconnect };
}

function items(from: number, count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, offset) => {
    const element = document.createElement('div');
    element.dataset.i = String(from + offset);
    document.body.append(element);
    return element;
  });
}

function watching(proximity: ReturnType<typeof createNearViewport>, elements: Element[], near: Set<Element>) {
  for (const element of elements) proximity.watch(element, (isNear) => (isNear ? near.add(element) : near.delete(element)));
}

describe('createNearViewport', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => {
      run(0);
      return 0;
    });
  });
  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('observes every item while there are no more than its window, and tells which are near', () => {
    const fake = page();
    const near = new Set<Element>();
    const elements = items(0, 100);
    watching(createNearViewport(abort.signal, fake.Observer), elements, near);
    fake.settle();
    expect(fake.targets.size).toBe(100);
    expect([...near]).toEqual(fake.expectedNear(elements));
  });

  it('observes a window of a 5,000-item feed, never all of it, and the window follows a scroll item by item', () => {
    const fake = page();
    const near = new Set<Element>();
    const elements = items(0, 5_000);
    watching(createNearViewport(abort.signal, fake.Observer), elements, near);
    fake.settle();
    expect(fake.targets.size).toBe(WINDOW);
    for (let item = 0; item <= 1_000; item++) {
      fake.scrollTo(item);
      expect(fake.targets.size).toBe(WINDOW);
      expect(new Set(near)).toEqual(new Set(fake.expectedNear(elements)));
    }
  });

  it('after a jump far beyond the window (End, a link, a fling), finds the viewport within a few frames', () => {
    const fake = page();
    const near = new Set<Element>();
    const elements = items(0, 5_000);
    watching(createNearViewport(abort.signal, fake.Observer), elements, near);
    fake.settle();
    for (const item of [3_000, 4_999, 1_200, 0]) {
      const frames = fake.scrollTo(item);
      expect(new Set(near)).toEqual(new Set(fake.expectedNear(elements)));
      expect(frames).toBeLessThanOrEqual(4);
    }
  });

  it('from where nothing watched is near (the first items carry their own buttons), a jump still lands: the scroll asks again', () => {
    const fake = page();
    const near = new Set<Element>();
    items(0, 200);
    const watched = items(200, 4_800);
    watching(createNearViewport(abort.signal, fake.Observer), watched, near);
    fake.settle();
    expect(near.size).toBe(0);
    fake.scrollTo(2_500);
    expect(near.size).toBeGreaterThan(0);
    expect(new Set(near)).toEqual(new Set(fake.expectedNear(watched)));
  });

  it('in a grid of four columns, the jump counts the columns', () => {
    const fake = page({ columns: 4, rowHeight: 300 });
    const near = new Set<Element>();
    const elements = items(0, 4_000);
    watching(createNearViewport(abort.signal, fake.Observer), elements, near);
    fake.settle();
    fake.scrollTo(3_000);
    expect(near.size).toBeGreaterThan(0);
    expect(new Set(near)).toEqual(new Set(fake.expectedNear(elements)));
    expect(fake.targets.size).toBe(WINDOW);
  });

  it('items appended at the end of the feed while the person is there are observed as they arrive', () => {
    const fake = page();
    const near = new Set<Element>();
    const proximity = createNearViewport(abort.signal, fake.Observer);
    const first = items(0, 600);
    watching(proximity, first, near);
    fake.scrollTo(599);
    const more = items(600, 50);
    watching(proximity, more, near);
    fake.settle();
    expect(new Set(near)).toEqual(new Set(fake.expectedNear([...first, ...more])));
    expect(near.has(more[1] as Element)).toBe(true);
    expect(fake.targets.size).toBe(WINDOW);
  });

  it('keeps document order when items are inserted above, and stays the same size when watched items go', () => {
    const fake = page();
    const near = new Set<Element>();
    const proximity = createNearViewport(abort.signal, fake.Observer);
    const elements = items(1, 500);
    watching(proximity, elements, near);
    const head = document.createElement('div');
    head.dataset.i = '0';
    document.body.prepend(head);
    watching(proximity, [head], near);
    fake.settle();
    expect(near.has(head)).toBe(true);
    // The controller forgets what it unwatches: no call comes for it any more.
    for (const element of elements.slice(0, 100)) {
      proximity.unwatch(element);
      near.delete(element);
    }
    expect(fake.targets.size).toBe(WINDOW);
    expect(fake.targets.has(head)).toBe(true);
    fake.scrollTo(300);
    expect(new Set(near)).toEqual(new Set(fake.expectedNear([head, ...elements.slice(100)])));
  });

  it('an unwatched item is never reported again, and aborting disconnects the observer', () => {
    const fake = page();
    const onChange = vi.fn();
    const proximity = createNearViewport(abort.signal, fake.Observer);
    const [element] = items(0, 1) as [HTMLElement];
    proximity.watch(element, onChange);
    proximity.unwatch(element);
    fake.settle();
    expect(onChange).not.toHaveBeenCalled();
    abort.abort();
    expect(fake.disconnect).toHaveBeenCalled();
  });
});
