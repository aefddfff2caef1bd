/** What the in-page button asks of the background. The background decides and publishes the state. */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { ButtonActions } from './mount-button';

/** `lifetime` ends when the extension is gone (reloaded, updated, removed): its messages then fail. */
export function buttonActions(lifetime: AbortController): ButtonActions {
  const gone = (error: unknown) => {
    if (!browser.runtime?.id) lifetime.abort();
    throw error;
  };
  // Fire-and-forget requests must not throw into the page either; the page's console is not ours
  // to write to, and the background records what went wrong on its side.
  const send = (promise: Promise<unknown>) => void promise.catch(gone).catch(() => undefined);
  return {
    activate: (url, reel, unverified) => sendMessage('activateButton', { url, reel, unverified }).catch(gone),
    open: (target) => send(sendMessage('openCapture', target)),
    dismiss: (token) => send(sendMessage('dismissConfirmation', { token })),
  };
}
