import { browser } from 'wxt/browser';

import { pageMatchPatterns } from '../platforms/registry';

/** The tabs our content scripts run in (the manifest's matches). */
export const PLATFORM_TAB_PATTERNS = pageMatchPatterns();

/** Sends to every TikTok/Instagram tab; a tab without our content script is simply skipped. */
export async function sendToPlatformTabs(send: (tabId: number) => Promise<unknown>): Promise<void> {
  const tabs = await browser.tabs.query({ url: PLATFORM_TAB_PATTERNS });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : send(tab.id).catch(() => undefined))));
}
