/**
 * What the side panel follows: the tab the person is looking at in the panel's window, and the
 * video they are watching there, as its content script last reported it (lib/storage/active-video.ts).
 * Re-read when they switch tabs, when the tab goes somewhere else, and whenever the tab reports a
 * new video. A report kept from before the tab left TikTok or Instagram is not shown; a video page
 * whose content script said nothing yet is named by its own address.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseReferenceUrl } from '../platforms';
import { platformOfUrl } from '../platforms/registry';
import { activeVideoItem, parseActiveVideo, type ActiveVideo } from '../storage/active-video';
import { pageTab } from './page-tab';

export interface FollowedPage {
  tab: { id: number; url?: string | undefined } | null;
  /** The tab shows TikTok or Instagram: there are videos to follow. */
  onPlatform: boolean;
  /** The video on screen there, or null (none on screen, or not a platform page). */
  video: ActiveVideo | null;
}

const isPlatformPage = (url: string | undefined): boolean => platformOfUrl(url) !== undefined;

async function readFollowed(): Promise<FollowedPage> {
  const tab = await pageTab();
  if (tab?.id === undefined) return { tab: null, onPlatform: false, video: null };
  const onPlatform = isPlatformPage(tab.url);
  let video = onPlatform ? parseActiveVideo(await activeVideoItem(tab.id).getValue()) : null;
  if (!video && onPlatform && tab.url) {
    const parsed = parseReferenceUrl(tab.url);
    if (parsed.ok) video = { url: parsed.canonicalUrl, reel: {}, unverified: false, at: 0 };
  }
  return { tab: { id: tab.id, url: tab.url }, onPlatform, video };
}

export function useFollowedVideo(): FollowedPage | undefined {
  const [followed, setFollowed] = useState<FollowedPage | undefined>(undefined);
  useEffect(() => {
    let live = true;
    /** Only the latest read may land: tab switches and reports come in bursts. */
    let ticket = 0;
    let watchedTab: number | null = null;
    let unwatch = () => {};
    const refresh = async () => {
      const mine = ++ticket;
      const next = await readFollowed().catch((): FollowedPage => ({ tab: null, onPlatform: false, video: null }));
      if (!live || mine !== ticket) return;
      const tabId = next.tab?.id ?? null;
      if (tabId !== watchedTab) {
        unwatch();
        watchedTab = tabId;
        unwatch = tabId === null ? () => {} : activeVideoItem(tabId).watch(() => void refresh());
      }
      setFollowed(next);
    };
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === watchedTab && (change.url !== undefined || change.status === 'complete')) void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void refresh();
    return () => {
      live = false;
      unwatch();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return followed;
}
