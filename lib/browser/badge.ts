import { browser } from 'wxt/browser';

/** The toolbar badge: the number of captures still on their way, or nothing. */
export async function setActiveCount(count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  await action.setBadgeBackgroundColor({ color: '#6d4aff' });
}
