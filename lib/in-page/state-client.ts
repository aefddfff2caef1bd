/**
 * The content script's view of capture states: asked from the background in batches (one message
 * per burst of new buttons, not one per button) and kept current by the background's pushes.
 */
import { referenceKey } from '../platforms/reference-key';
import type { CaptureState, CaptureStates } from './capture-state';

const MAX_URLS_PER_REQUEST = 500;

export function createCaptureStateClient(fetchStates: (urls: string[]) => Promise<CaptureStates>) {
  const states = new Map<string, CaptureState>();
  /** Listeners hear whether a change is news (pushed while the page is open) or the first look at it. */
  const listeners = new Map<string, Set<(news: boolean) => void>>();
  const wanted = new Set<string>();
  let scheduled = false;

  function apply(changes: CaptureStates, news = true): void {
    // By reference key: a capture made from a link with another handle form is this video's too.
    for (const [url, state] of Object.entries(changes)) {
      const key = referenceKey(url);
      if (state) states.set(key, state);
      else states.delete(key);
      for (const listener of listeners.get(key) ?? []) listener(news);
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
    get: (url: string): CaptureState | undefined => states.get(referenceKey(url)),

    subscribe(url: string, listener: (news: boolean) => void): () => void {
      const key = referenceKey(url);
      let set = listeners.get(key);
      if (!set) {
        set = new Set();
        listeners.set(key, set);
      }
      set.add(listener);
      if (!states.has(key)) {
        wanted.add(url);
        if (!scheduled) {
          scheduled = true;
          queueMicrotask(() => void flush());
        }
      }
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
  };
}

export type CaptureStateClient = ReturnType<typeof createCaptureStateClient>;
