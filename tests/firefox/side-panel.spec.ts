/**
 * Firefox stories for the side panel (its sidebar there), opened as a tab: it follows the video on
 * screen in the tab the person looks at, as they scroll the For You feed and step through the
 * Instagram reels feed. The site's tab is brought to the front before it moves, as a hidden tab
 * reports nothing; the panel, behind it, still takes every report. And it searches the Asset
 * Library, a page at a time.
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

test('Firefox: the side panel searches the Asset Library and pages on', async ({ sandbox }) => {
  test.setTimeout(60_000);
  for (let i = 1; i <= 12; i++) await sandbox.seedAsset(`Morning routine ${i}`, `Coffee, light and a hook line, take ${i}`);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const panel = await openExtensionPage(browser, `moz-extension://${uuid}/sidepanel.html`);
    const hits = () => panel.evaluate(() => document.querySelectorAll('[data-testid="search-hit"]').length);
    await panel.type('#asset-search-input', 'morning routine', { delay: 30 });
    await expect.poll(hits, { timeout: 10_000 }).toBe(10);
    await panel.locator('[data-testid="asset-search"] button::-p-text(More results)').click();
    await expect.poll(hits, { timeout: 10_000 }).toBe(12);
  } finally {
    await browser.close();
  }
});
