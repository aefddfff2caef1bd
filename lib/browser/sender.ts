/**
 * Who sent a message, from the fields the browser itself sets (`id`, `origin`, `url`, `tab`,
 * `frameId`). Four kinds of sender, from most to least trusted:
 * - the background itself (only it drives the upload document);
 * - our own pages (popup, settings, captures page, the upload document): privileged requests;
 * - the confirmation frame: an extension page that a web page may frame (it is web-accessible),
 *   so it is trusted only with the one-time request it was opened for, never with settings or keys;
 * - our content scripts: the page's neighbours, trusted with "the person clicked our button" alone.
 */
import { browser } from 'wxt/browser';

export interface MessageSenderLike {
  id?: string;
  origin?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/** Extension pages listed in `web_accessible_resources`: any web page can frame them. */
export const FRAMEABLE_PAGES = ['/confirm.html'] as const;

/** `scheme://host` (URL.origin is "null" for extension schemes outside browsers, and in some engines). */
const originOf = (url: URL) => `${url.protocol}//${url.host}`;
const ownOrigin = () => originOf(new URL(browser.runtime.getURL('/')));

/** The path of an extension document of ours that sent this, or null for anything else. */
function ownDocumentPath(sender: MessageSenderLike): string | null {
  if (sender.id !== browser.runtime.id) return null;
  // Chrome sets `origin` from the browser process; Firefox sets `url` for extension documents too.
  if (sender.origin !== undefined && sender.origin !== ownOrigin()) return null;
  if (sender.url === undefined) return sender.origin !== undefined ? '/' : null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  return originOf(url) === ownOrigin() ? url.pathname : null;
}

/** The id of the tab a message came from, as the browser set it; null for anything not in a tab. */
export function senderTabId(sender: MessageSenderLike): number | null {
  const id = (sender.tab as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'number' ? id : null;
}

const isFramedInTab = (sender: MessageSenderLike) => sender.tab != null && sender.frameId !== undefined && sender.frameId !== 0;

/**
 * One of our own pages at the top of its window or tab: popup, settings, captures page. A page
 * that a web page may frame is not one, even opened on its own, and neither is any frame.
 */
export function isExtensionPage(sender: MessageSenderLike): boolean {
  const path = ownDocumentPath(sender);
  if (path === null || (FRAMEABLE_PAGES as readonly string[]).includes(path)) return false;
  return !isFramedInTab(sender);
}

/** The confirmation page, framed in a tab by our content script (or by the page: see confirmations.ts). */
export function isConfirmationFrame(sender: MessageSenderLike): boolean {
  return ownDocumentPath(sender) === '/confirm.html' && sender.tab != null;
}

/** One of our content scripts: sent by this extension from a web page's document in a tab. */
export function isOwnContentScript(sender: MessageSenderLike): boolean {
  return sender.id === browser.runtime.id && sender.tab != null && ownDocumentPath(sender) === null;
}

/** The background itself (Chrome's service worker), which alone drives the upload document. */
export function isBackground(sender: MessageSenderLike): boolean {
  return sender.tab == null && ownDocumentPath(sender) === new URL(browser.runtime.getURL('/background.js')).pathname;
}

/** The upload document (Chrome's offscreen page), which alone may ask for a signed URL. */
export function isUploadDocument(sender: MessageSenderLike): boolean {
  return sender.tab == null && ownDocumentPath(sender) === '/uploader.html';
}
