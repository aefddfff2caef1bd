import { browser } from 'wxt/browser';

/**
 * The page the user was looking at: the active tab, or, when this page is itself a tab (the popup
 * or the side panel opened as a page), the most recently used other tab of the window.
 */
export async function pageTab() {
  const own = browser.runtime.getURL('/');
  const tabs = await browser.tabs.query({ currentWindow: true });
  return tabs
    .filter((tab) => !tab.url?.startsWith(own))
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
