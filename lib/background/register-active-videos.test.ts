import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, senders } from '../protocol/test-senders';
import { activeVideoItem } from '../storage/active-video';
import { registerActiveVideos } from './register-active-videos';

const REEL = 'https://www.tiktok.com/@maker/video/7301234567890123456';
/** The content script's tab (test-senders.ts). */
const TAB = 7;
const report = (data: unknown, sender = senders.contentScript()) => deliver('activeVideoChanged', data, sender);
const stored = () => activeVideoItem(TAB).getValue();

describe('registerActiveVideos', () => {
  // The messaging layer keeps one listener per type for the life of this context: register once.
  beforeAll(() => registerActiveVideos());
  beforeEach(() => activeVideoItem(TAB).removeValue());

  it('keeps the video a tab reports, canonical, with what the page says cleaned, for that tab only', async () => {
    await report({ url: `${REEL}?is_from_webapp=1&sender_device=pc`, reel: { creator: 'maker\u202e', caption: '  the   hook ' }, unverified: true });
    expect(await stored()).toMatchObject({ url: REEL, reel: { creator: 'maker', caption: 'the hook' }, unverified: true });
    expect(await activeVideoItem(8).getValue()).toBeNull();
    await report({ url: null });
    expect(await stored()).toBeNull();
  });

  it('a link that is not one video, or a report that breaks the schema, keeps nothing', async () => {
    await report({ url: REEL });
    await report({ url: 'https://www.tiktok.com/@maker' });
    expect(await stored()).toBeNull();
    await report({ url: REEL });
    await expect(report({ url: 42 })).rejects.toThrow();
    await expect(report({ url: REEL, reel: { poster: 'x'.repeat(5_000) } })).rejects.toThrow();
    expect(await stored()).toMatchObject({ url: REEL });
  });

  it('is accepted from our content scripts only, and forgotten with the tab', async () => {
    await expect(report({ url: REEL }, senders.webPage())).rejects.toThrow(/not accepted/);
    await expect(report({ url: REEL }, senders.popup())).rejects.toThrow(/not accepted/);
    expect(await stored()).toBeNull();
    await report({ url: REEL });
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await expect.poll(stored).toBeNull();
  });
});
