// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPositionAnchor } from './position-anchor';

/** A ResizeObserver whose reports the test sends, as the browser would after a layout. */
function fakeObserver() {
  const observed = new Set<Element>();
  let report: ResizeObserverCallback = () => {};
  const disconnect = vi.fn();
  const Observer = class {
    constructor(callback: ResizeObserverCallback) {
      report = callback;
    }
    observe = (target: Element) => observed.add(target);
    unobserve = (target: Element) => observed.delete(target);
    disconnect = disconnect;
  } as unknown as typeof ResizeObserver;
  const laidOut = () =>
    report(
      [...observed].map((target) => ({ target }) as ResizeObserverEntry),
      {} as ResizeObserver,
    );
  return { Observer, observed, laidOut, disconnect };
}

function mounted(pointStyle: string) {
  document.body.innerHTML = `<article><div id="point" style="${pointStyle}"><video></video></div></article>`;
  const point = document.getElementById('point') as HTMLElement;
  const host = document.createElement('sume-capture-button');
  point.prepend(host);
  return { point, host };
}

describe('the mount point the button is placed against', () => {
  it('is made relative once the host is laid out, when the page left it static', () => {
    const { Observer, observed, laidOut } = fakeObserver();
    const anchor = createPositionAnchor(new AbortController().signal, Observer);
    // (Spelled out: happy-dom computes no default for `position`.)
    const { point, host } = mounted('position: static');
    anchor.watch(host);
    // Nothing is read or written while the host is being inserted.
    expect(point.style.position).toBe('static');
    laidOut();
    expect(point.style.position).toBe('relative');
    expect(observed.size).toBe(0);
  });

  it.each(['absolute', 'relative', 'fixed', 'sticky'])('is left alone when the page made it %s', (position) => {
    const { Observer, laidOut } = fakeObserver();
    const anchor = createPositionAnchor(new AbortController().signal, Observer);
    const { point, host } = mounted(`position: ${position}`);
    anchor.watch(host);
    laidOut();
    expect(point.getAttribute('style')).toBe(`position: ${position}`);
  });

  it('is not touched for a host taken out before it was laid out', () => {
    const { Observer, laidOut } = fakeObserver();
    const anchor = createPositionAnchor(new AbortController().signal, Observer);
    const { point, host } = mounted('position: static');
    anchor.watch(host);
    anchor.unwatch(host);
    laidOut();
    expect(point.style.position).toBe('static');
  });

  it('stops watching when the content script stops', () => {
    const { Observer, disconnect } = fakeObserver();
    const abort = new AbortController();
    createPositionAnchor(abort.signal, Observer);
    abort.abort();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});
