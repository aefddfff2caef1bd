/**
 * The content script's view of capture states: asked from the background in batches (one message
 * per burst of new buttons, not one per button) and kept current by the background's pushes.
 */
import type { CaptureState, CaptureStates } from './capture-state';

const MAX_URLS_PER_REQUEST = 500;

export function createCaptureStateClient(fetchStates: (urls: string[]) => Promise<CaptureStates>) {
  const states = new Map<string, CaptureState>();
  /** Listeners hear whether a change is news (pushed while the page is open) or the first look at it. */
  const listeners = new Map<string, Set<(news: boolean) => void>>();
  const wanted = new Set<string>();
  let scheduled = false;

  function apply(changes: CaptureStates, news = true): void {
    for (const [url, state] of Object.entries(changes)) {
      if (state) states.set(url, state);
      else states.delete(url);
      for (const listener of listeners.get(url) ?? []) listener(news);
    }
  }

  async function flush(): Promise<void> {
    scheduled = false;
    const urls = [...wanted];
    wanted.clear();
    for (let i = 0; i < urls.length; i += MAX_URLS_PER_REQUEST) {
      // A failed lookup leaves buttons "ready", which is what they show before any capture anyway.
      apply(await fetchStates(urls.slice(i, i + MAX_URLS_PER_REQUEST)).catch(() => ({})), false);
    }
  }

  return {
    /** Changes the background pushed while the page is open: news, announced to screen readers. */
    apply: (changes: CaptureStates) => apply(changes, true),
    get: (url: string): CaptureState | undefined => states.get(url),

    subscribe(url: string, listener: (news: boolean) => void): () => void {
      let set = listeners.get(url);
      if (!set) {
        set = new Set();
        listeners.set(url, set);
      }
      set.add(listener);
      if (!states.has(url)) {
        wanted.add(url);
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(() => void flush());
        }
      }
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(url);
      };
    },
  };
}

export type CaptureStateClient = ReturnType<typeof createCaptureStateClient>;
