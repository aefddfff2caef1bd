/**
 * Firefox story for the side panel (its sidebar there), opened as a tab: it follows the video on
 * screen in the tab the person looks at, as they scroll the For You feed and step through the
 * Instagram reels feed. The site's tab is brought to the front before it moves, as a hidden tab
 * reports nothing; the panel, behind it, still takes every report.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from '../e2e/sandbox-fixture';
import { fixture } from '../fixtures';
import { connectToSandbox, gotoFixture, launchFirefoxWithExtension, openExtensionPage, openFixtureTab } from './firefox';

type Fixture = { items(): { index: number; mounted: boolean; url: string | null }[]; scrollTo(n: number): void; next(): void; expected(): { url: string }[] };
const panelVideo = (panel: Page) => panel.evaluate(() => document.querySelector('[data-testid="panel-video"]')?.getAttribute('data-url') ?? null);

test('Firefox: the side panel follows the video on screen on the For You feed and the Instagram reels feed', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const site = await openFixtureTab(browser);
    await gotoFixture(site, fixture('tiktok-foryou').urls[0] ?? '');
    const panel = await openExtensionPage(browser, `moz-extension://${uuid}/sidepanel.html`);
    await site.bringToFront();

    const videos = await site.evaluate(() =>
      (window as unknown as { __fixture: Fixture }).__fixture.items().filter((item) => item.mounted && item.url !== null),
    );
    for (const video of videos.slice(0, 3).reverse()) {
      await site.evaluate((index) => (window as unknown as { __fixture: Fixture }).__fixture.scrollTo(index), video.index);
      await expect.poll(() => panelVideo(panel), { timeout: 10_000 }).toBe(video.url);
    }

    await gotoFixture(site, fixture('instagram-reels').urls[0] ?? '');
    const current = () => site.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.expected()[0]?.url ?? null);
    await expect.poll(() => panelVideo(panel), { timeout: 10_000 }).toBe(await current());
    await site.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.next());
    const next = await current();
    await expect.poll(() => panelVideo(panel), { timeout: 10_000 }).toBe(next);
  } finally {
    await browser.close();
  }
});
