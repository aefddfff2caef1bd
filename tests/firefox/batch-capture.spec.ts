/**
 * Firefox: batch capture's main path. Select mode from the side panel (its sidebar, opened as a
 * tab) on a TikTok profile grid: checkboxes on the video tiles only, three ticked with real clicks,
 * "Select videos" again takes the keyboard to "Analyze 3", the question opens in the extension's own
 * window, and Sume gets exactly those three analyses.
 */
import type { Browser, Page } from 'puppeteer-core';
import { expect, test } from '../e2e/sandbox-fixture';
import { fixture } from '../fixtures';
import { connectToSandbox, gotoFixture, launchFirefoxWithExtension, openExtensionPage, openFixtureTab } from './firefox';

type Grid = { tiles(): { kind: string; path: string; url: string | null }[] };
const HOST = 'sume-capture-select';

/** The batch question's window (BiDi reports moz-extension pages' targets as about:blank: ask each page where it is). */
async function batchWindow(browser: Browser): Promise<Page> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    for (const page of await browser.pages()) {
      const path = await page.evaluate(() => location.pathname).catch(() => '');
      if (path === '/batch.html') return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The batch window did not open within 10 s');
}

/** A person's click on the tile linking to `path`, away from its checkbox (real input, BiDi). */
async function clickTile(site: Page, path: string): Promise<void> {
  const at = await site.evaluate((href: string) => {
    const tile = document.querySelector(`a[href="${href}"]`);
    tile?.scrollIntoView({ block: 'center' });
    const rect = tile?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, `https://www.tiktok.com${path}`);
  if (!at) throw new Error(`No tile ${path}`);
  await site.mouse.move(at.x, at.y);
  await site.mouse.click(at.x, at.y);
}

test('Firefox: select mode from the side panel ticks three tiles, one question, three analyses', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const site = await openFixtureTab(browser);
    await gotoFixture(site, fixture('tiktok-profile').urls[0] ?? '');
    const videos = (await site.evaluate(() => (window as unknown as { __fixture: Grid }).__fixture.tiles())).filter((tile) => tile.kind === 'video');
    const panel = await openExtensionPage(browser, `moz-extension://${uuid}/sidepanel.html`);
    await panel.locator('[data-testid="select-videos"]').click();
    await site.bringToFront();
    // A checkbox on every video tile (the page sees only their hosts), none on photo posts.
    const hosts = () => site.evaluate((tag: string) => [...document.querySelectorAll(tag)].map((host) => host.closest('a')?.getAttribute('href')), HOST);
    await expect.poll(hosts, { timeout: 10_000 }).toEqual(videos.map((tile) => `https://www.tiktok.com${tile.path}`));

    for (const tile of videos.slice(0, 3)) await clickTile(site, tile.path);
    // Ticking opened nothing.
    expect(await site.evaluate(() => location.pathname)).toBe('/@luna.bakes');

    // "Select videos" again brings the keyboard to "Analyze 3"; Enter opens the question.
    await panel.bringToFront();
    await panel.locator('[data-testid="select-videos"]').click();
    await site.bringToFront();
    await site.keyboard.press('Enter');
    const question = await batchWindow(browser);
    await question.waitForFunction(() => document.querySelector('h1')?.textContent === 'Analyze 3 videos?', { timeout: 10_000 });
    await question.locator('button::-p-text(Analyze 3)').click();
    await question.waitForFunction(() => document.querySelector('[data-testid="batch-decided"]') !== null, { timeout: 10_000 });

    const urls = videos.slice(0, 3).map((tile) => tile.url ?? '');
    await expect.poll(async () => (await sandbox.state()).jobs.map((job) => job.source_url).sort(), { timeout: 15_000 }).toEqual([...urls].sort());
  } finally {
    await browser.close();
  }
});
