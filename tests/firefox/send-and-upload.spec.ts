/**
 * The two things a capture does, in Firefox: send a reel to Reference Analysis from its button on
 * the page, and upload a file into the Asset Library. Firefox runs them through its MV2 background
 * page (XMLHttpRequest for the PUT, no offscreen document), so these are not the Chromium stories
 * again. Sume's side is read from the sandbox: one analysis paid once, one asset byte for byte.
 */
import { mkdir } from 'node:fs/promises';
import type { ElementHandle, Page } from 'puppeteer-core';
import { fixture, type FixtureWindow } from '../fixtures';
import { expectAnalyses, SHORT_JOB_CLOCK } from '../e2e/analyze-fixtures';
import { CAPTURE_HOST } from '../e2e/pages/platform-page';
import { SCREENSHOT_DIR } from '../e2e/screenshots';
import { expect, test } from '../e2e/sandbox-fixture';
import { MB, TestFiles } from '../e2e/upload-media';
import { expectOneAssetOf, SandboxLibrary } from '../e2e/upload-sandbox';
import { connectToSandbox, gotoFixture, launchFirefoxWithExtension, openExtensionPage, openFixtureTab } from './firefox';

test.use({ sandboxOptions: SHORT_JOB_CLOCK });

/** A picture for people to look over, next to the Chromium ones (test-results/screenshots/). */
async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

/** The `data-state` of the Sume button on the video with this URL (undefined while it has none). */
function buttonState(page: Page, url: string): Promise<string | undefined> {
  return page.evaluate(
    (host: string, reel: string) => {
      const element = document.querySelector(`${host}[data-sume-url="${reel}"]`);
      return (element?.shadowRoot?.querySelector('button.sume-button') as HTMLElement | null | undefined)?.dataset.state;
    },
    CAPTURE_HOST,
    url,
  );
}

test('Firefox: a reel sent from its button is analyzed once, and its button says when it is done', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const account = await sandbox.accountFor(sandbox.demoKey);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const page = await openFixtureTab(browser);
    await gotoFixture(page, fixture('tiktok-video').urls[0] ?? '');
    // The page's own video: the first the fixture expects a button on.
    const url = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.expected()[0]?.url ?? '');
    expect(url).toMatch(/^https:\/\/www\.tiktok\.com\/@[^/]+\/video\/\d+$/);
    await expect.poll(() => buttonState(page, url), { timeout: 10_000 }).toBe('ready');

    const host = `${CAPTURE_HOST}[data-sume-url="${url}"]`;
    await page.locator(`${host} >>> button.sume-button`).click();
    // Credits are spent only after "Analyze" in the question the button asks.
    const question = await page.waitForSelector(`${host} >>> .sume-confirm p`, { visible: true, timeout: 10_000 });
    expect(await question?.evaluate((p) => p.textContent)).toBe('Analyze this video with Sume?');
    expect((await sandbox.state()).jobs).toEqual([]);
    await screenshot(page, 'firefox-analyze-confirm');
    await page.locator(`${host} >>> .sume-confirm [data-autofocus]`).click();

    await expect.poll(() => buttonState(page, url), { timeout: 30_000 }).toBe('done');
    await screenshot(page, 'firefox-analyze-done');
    await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
  } finally {
    await browser.close();
  }
});

test('Firefox: a file chosen on the Uploads tab reaches the Asset Library once, byte for byte', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const files = await TestFiles.create();
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    const name = 'firefox-take.mp4';
    const video = await files.make(name, 5 * MB);
    await connectToSandbox(browser, uuid, sandbox);
    const uploads = await openExtensionPage(browser, `moz-extension://${uuid}/captures.html?view=uploads`);
    const input = (await uploads.waitForSelector('input[data-testid="upload-input"]', { timeout: 10_000 })) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(video.path);

    const step = () => uploads.evaluate(() => document.querySelector('[data-testid="upload-step"]')?.textContent?.trim());
    await expect.poll(step, { timeout: 30_000 }).toBe('Added to your Asset Library');
    await screenshot(uploads, 'firefox-upload-done');
    const library = new SandboxLibrary(sandbox);
    const [assetId = ''] = await library.assetIds();
    await expectOneAssetOf(library, assetId, video, 5 * MB);
  } finally {
    await browser.close();
    await files.remove();
  }
});
