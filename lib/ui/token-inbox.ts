/**
 * The confirmation frame's inbox for the one-time token its content script posts to it. Started
 * before anything renders (entrypoints/confirm/main.tsx): the post comes as soon as the frame has
 * loaded, which can be before a component's effect would have listened. Only messages from the
 * window that holds the frame are read; the background decides whether a token is any good.
 */
const TOKEN = /^[0-9a-f]{32}$/;

export interface TokenInbox {
  /** Hands every token offered so far, then each new one, to `listener`; returns the unsubscribe. */
  subscribe(listener: (token: string) => void): () => void;
}

export function openTokenInbox(): TokenInbox {
  const received: string[] = [];
  const listeners = new Set<(token: string) => void>();
  addEventListener('message', (event) => {
    const offered: unknown = event.source === parent ? (event.data as { sumeConfirmationToken?: unknown } | null)?.sumeConfirmationToken : undefined;
    if (typeof offered !== 'string' || !TOKEN.test(offered) || received.length >= 20) return;
    received.push(offered);
    for (const listener of listeners) listener(offered);
  });
  return {
    subscribe(listener) {
      for (const token of received) listener(token);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
