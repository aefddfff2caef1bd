/**
 * What the page must not be able to forge: the content script's own lifetime, the location it acts
 * on, and whether a person has just touched the page. WXT's ContentScriptContext ends itself on a
 * DOM event that any page script can dispatch (and announces the extension id with postMessage,
 * turned off in the entrypoints), so the capture button keeps its own lifetime instead: a global of
 * the content script's isolated world, which page scripts cannot see or touch.
 */

/** Ends the previous run of this content script in this page (an update, a reload), starts ours. */
export function claimLifetime(name: string): AbortController {
  const key = Symbol.for(`sume-capture:${name}`);
  const slot = globalThis as unknown as Record<symbol, AbortController | undefined>;
  slot[key]?.abort();
  const lifetime = new AbortController();
  slot[key] = lifetime;
  return lifetime;
}

interface NavigateEventLike extends Event {
  destination: { url: string };
}

/**
 * Calls `onChange` with each new URL of the page. The Navigation API announces it before
 * `location` reflects it, and only events the browser fires count (a page can dispatch a fake
 * `navigate` on the same object). Firefox has no Navigation API yet: there the URL is compared
 * twice a second, as WXT's own watcher does (once a second).
 */
export function watchLocation(signal: AbortSignal, onChange: (url: URL) => void): void {
  let last = location.href;
  const changed = (href: string) => {
    if (href === last) return;
    last = href;
    onChange(new URL(href));
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('navigate', (event) => event.isTrusted && changed((event as NavigateEventLike).destination.url), { signal });
    return;
  }
  const timer = setInterval(() => changed(location.href), 500);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/** How recent a person's scroll, key or touch must be for a URL change to count as theirs. */
export const INPUT_WINDOW_MS = 1_500;

/**
 * When a person last scrolled, typed, pointed or touched (only events the browser marks trusted).
 * A page can swallow these before us; then URL changes look unprompted and the button asks first,
 * which is the safe side.
 */
export function trackPersonInput(signal: AbortSignal, now: () => number = () => performance.now()): () => boolean {
  let last = -Infinity;
  const seen = (event: Event) => {
    if (event.isTrusted) last = now();
  };
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchmove']) addEventListener(type, seen, { capture: true, passive: true, signal });
  return () => now() - last < INPUT_WINDOW_MS;
}
