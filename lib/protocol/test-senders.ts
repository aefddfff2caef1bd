/**
 * For unit tests: messages delivered as the browser would, through the fake browser's
 * runtime.onMessage, from senders shaped like the ones Chrome reports.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSenderLike } from '../browser/sender';

const own = () => browser.runtime.getURL('/').replace(/\/$/, '');
const tab = { id: 7, url: 'https://www.tiktok.com/foryou' };

export const senders = {
  popup: (): MessageSenderLike => ({ id: browser.runtime.id, origin: own(), url: `${own()}/popup.html` }),
  uploader: (): MessageSenderLike => ({ id: browser.runtime.id, origin: own(), url: `${own()}/uploader.html` }),
  background: (): MessageSenderLike => ({ id: browser.runtime.id, origin: own(), url: `${own()}/background.js` }),
  contentScript: (): MessageSenderLike => ({ id: browser.runtime.id, origin: 'https://www.tiktok.com', url: tab.url, tab, frameId: 0 }),
  confirmationFrame: (): MessageSenderLike => ({ id: browser.runtime.id, origin: own(), url: `${own()}/confirm.html`, tab, frameId: 3 }),
  otherExtension: (): MessageSenderLike => ({
    id: 'someone-else',
    origin: 'chrome-extension://someone-else',
    url: 'chrome-extension://someone-else/popup.html',
  }),
  webPage: (): MessageSenderLike => ({ origin: 'https://www.tiktok.com', url: tab.url, tab, frameId: 0 }),
};

let nextId = 1;

/** Delivers one message to this context's listeners; resolves with the answer or rejects with the error. */
export async function deliver(type: string, data: unknown, sender: MessageSenderLike): Promise<unknown> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const answer = await new Promise<{ res?: unknown; err?: { message: string } } | undefined>((resolve) => {
    const results = (fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]> }).trigger(message, sender, resolve);
    void results;
  });
  if (!answer) throw new Error('No answer');
  if (answer.err) throw new Error(answer.err.message);
  return answer.res;
}
