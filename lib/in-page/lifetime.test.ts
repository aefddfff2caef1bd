// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimLifetime, trackPersonInput, watchLocation } from './lifetime';

describe('the content script’s own lifetime', () => {
  it('a new run of the same script ends the old one; another script’s run is left alone', () => {
    const first = claimLifetime('tiktok');
    const other = claimLifetime('instagram');
    const second = claimLifetime('tiktok');
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
  });

  it('the DOM events WXT’s own context listens for do not end it', () => {
    const lifetime = claimLifetime('tiktok');
    document.dispatchEvent(
      new CustomEvent('test-extension-id:tiktok:wxt:content-script-started', { detail: { contentScriptName: 'tiktok', messageId: 'forged' } }),
    );
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'tiktok' }, '*');
    expect(lifetime.signal.aborted).toBe(false);
  });
});

describe('what a page cannot fake', () => {
  afterEach(() => vi.useRealTimers());

  it('a person’s input is only what the browser marks trusted', () => {
    const stop = new AbortController();
    const acted = trackPersonInput(stop.signal, () => 0);
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchmove']) window.dispatchEvent(new Event(type));
    expect(acted()).toBe(false);
    stop.abort();
  });

  it('location changes are reported once each, and not after the lifetime ends (Firefox: compared twice a second)', () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    const seen: string[] = [];
    watchLocation(stop.signal, (url) => seen.push(url.pathname));
    history.pushState(null, '', '/reels/A/');
    vi.advanceTimersByTime(600);
    vi.advanceTimersByTime(600);
    history.replaceState(null, '', '/reels/B/');
    vi.advanceTimersByTime(600);
    stop.abort();
    history.replaceState(null, '', '/reels/C/');
    vi.advanceTimersByTime(600);
    expect(seen).toEqual(['/reels/A/', '/reels/B/']);
  });
});
