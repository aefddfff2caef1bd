/**
 * Who sent a message, from the fields the browser itself sets. Privileged requests (the key,
 * settings) are only taken from the extension's own pages, never from content scripts.
 */
import { browser } from 'wxt/browser';

export interface MessageSenderLike {
  id?: string;
  origin?: string;
  url?: string;
  tab?: unknown;
}

export function isExtensionPage(sender: MessageSenderLike): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const ownPrefix = browser.runtime.getURL('/');
  // Chrome sets `origin` from the browser process; Firefox sets `url` for extension documents.
  if (sender.origin !== undefined) return ownPrefix.startsWith(`${sender.origin}/`);
  return sender.url !== undefined && sender.url.startsWith(ownPrefix);
}
