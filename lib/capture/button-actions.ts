/** What the in-page button's clicks ask of the background. The background decides and publishes the state. */
import { sendMessage } from '../messaging';
import type { ButtonActions } from './mount-button';

export function buttonActions(): ButtonActions {
  // A failed message (extension reloaded, worker restarting) is published back as a state by the
  // background when it can; here there is nothing more to do than not throw into the page.
  const send = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return {
    analyze: (url) => send(sendMessage('captureReel', { url, source: 'button' })),
    retry: (url) => send(sendMessage('captureReel', { url, source: 'button', retry: true })),
    open: (url) => send(sendMessage('openCapture', { url })),
  };
}
