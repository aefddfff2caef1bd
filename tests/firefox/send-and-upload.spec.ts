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
import { confirmationOpen, connectToSandbox, gotoFixture, launchFirefoxWithExtension, openExtensionPage, openFixtureTab, realClick } from './firefox';

test.use({ sandboxOptions: SHORT_JOB_CLOCK });

/** A picture for people to look over, next to the Chromium ones (test-results/screenshots/). */
async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

test('Firefox: a reel sent from its button is asked about in the extension’s frame, and analyzed once', async ({ sandbox }) => {
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
    const host = `${CAPTURE_HOST}[data-sume-url="${url}"]`;
    await page.waitForSelector(host, { timeout: 10_000 });

    // Credits are spent only after "Analyze" in the question the button asks, in our frame.
    await realClick(page, host);
    await expect.poll(() => confirmationOpen(page), { timeout: 10_000 }).toBe(true);
    expect((await sandbox.state()).jobs).toEqual([]);
    // The question ignores input for a moment after it appears, then Enter on the focused "Analyze" sends.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await screenshot(page, 'firefox-analyze-confirm');
    await page.keyboard.press('Enter');
    await expect.poll(() => confirmationOpen(page), { timeout: 10_000 }).toBe(false);

    await expect.poll(async () => (await sandbox.state()).jobs.map((job) => job.status), { timeout: 30_000 }).toEqual(['completed']);
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
