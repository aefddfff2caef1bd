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

/** One of our content scripts: sent by this extension from inside a tab. */
export function isOwnContentScript(sender: MessageSenderLike): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && sender.tab !== null;
}

/** Privileged requests (key, settings, uploads, the captures page) come from our own pages only. */
export function assertExtensionPage(sender: MessageSenderLike): void {
  if (!isExtensionPage(sender)) throw new Error('This request is only accepted from Sume Capture’s own pages.');
}

/** Capture requests come from our pages or our content scripts. */
export function assertOwnContext(sender: MessageSenderLike): void {
  if (!isExtensionPage(sender) && !isOwnContentScript(sender)) throw new Error('This request is only accepted from Sume Capture itself.');
}

export function assertOwnContentScript(sender: MessageSenderLike): void {
  if (!isOwnContentScript(sender)) throw new Error('Not from a Sume Capture content script.');
}
