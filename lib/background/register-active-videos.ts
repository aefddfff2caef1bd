/**
 * Which video the person is watching in each tab, for the side panel to follow. A content script
 * reports a change (lib/in-page/follow-active.ts); that is the page's neighbour speaking, so the
 * report is taken as the page's claim: the sender's tab comes from the browser, not the message;
 * the URL must be one video's link and is kept only in its canonical form; what the page says about
 * the video is cleaned as everywhere else (reel-description.ts). A report the checks refuse reads
 * as "no video". It is kept per tab in session storage (lib/storage/active-video.ts), and goes with
 * the tab.
 */
import { browser } from 'wxt/browser';
import { senderTabId } from '../browser/sender';
import { reported } from '../diagnostics/report';
import { parseReferenceUrl } from '../platforms';
import { handle } from '../protocol/handle';
import { activeVideoReport } from '../protocol/requests';
import { activeVideoItem, type ActiveVideo } from '../storage/active-video';

/** The report as it is kept: null for no video, or one that does not name exactly one video. */
export function activeVideoFrom(input: { url: string | null; reel?: ActiveVideo['reel']; unverified?: boolean }, at: number): ActiveVideo | null {
  if (input.url === null) return null;
  const parsed = parseReferenceUrl(input.url);
  if (!parsed.ok) return null;
  return { url: parsed.canonicalUrl, reel: input.reel ?? {}, unverified: input.unverified === true, at };
}

export function registerActiveVideos(): void {
  handle('activeVideoChanged', { from: 'content', input: activeVideoReport }, async (input, sender) => {
    const tabId = senderTabId(sender);
    if (tabId === null) return;
    await activeVideoItem(tabId).setValue(activeVideoFrom(input, Date.now()));
  });
  browser.tabs.onRemoved.addListener((tabId) => void activeVideoItem(tabId).removeValue().catch(reported('capture', 'Forgetting a closed tab’s video')));
}
