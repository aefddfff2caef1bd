/**
 * The toolbar popup in each state a person meets: it fits Chrome's popup (360 px wide, at most
 * 600 px tall), nothing runs off its side, and axe finds nothing in light or dark. The heights
 * measured here are the note's figures (test-results/popup-heights.json).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { fixture } from '../fixtures';
import { expect, test } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { SCREENSHOT_DIR, captureLightAndDark } from './screenshots';
import type { Page } from '@playwright/test';

/** Chrome draws a popup at most 800 × 600 px; ours is 360 px wide. */
const POPUP_MAX = { width: 360, height: 600 };

async function expectFits(page: Page, state: string): Promise<void> {
  await page.setViewportSize(POPUP_MAX);
  // Whatever was animating (a notice arriving) has settled before it is measured.
  await page.evaluate(() => document.fonts.ready);
  const { height, width } = await page.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    width: document.documentElement.scrollWidth,
  }));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await appendFile(`${SCREENSHOT_DIR}../popup-heights.jsonl`, `${JSON.stringify({ state, height, width })}\n`);
  await captureLightAndDark(page, `popup-${state}`);
  expect(width, `${state}: nothing runs off the popup's side`).toBeLessThanOrEqual(POPUP_MAX.width);
  expect(height, `${state}: the popup fits in 600 px`).toBeLessThanOrEqual(POPUP_MAX.height);
  await expectNoAxeViolations(page, `the popup (${state})`);
}

test('before connecting: the popup fits and axe finds nothing', async ({ openAnalyzePopup }) => {
  const popup = await openAnalyzePopup();
  await expect(popup.page.getByTestId('account-disconnected')).toBeVisible();
  await expectFits(popup.page, 'not-connected');
});

test('connected, with a reel on the tab, asking, sent, with recent captures and uploads: the popup fits and axe finds nothing', async ({
  connect,
  openSite,
  openAnalyzePopup,
}) => {
  // Nine states, each looked at twice by axe and photographed twice: more than the default 30 s on 2 busy cores.
  test.setTimeout(90_000);
  await connect();
  let popup = await openAnalyzePopup();
  await expect(popup.noVideoHint).toBeVisible();
  // Where it helps: with no video on the tab, the hint names the shortcut the browser really has.
  await expect(popup.page.getByTestId('popup-shortcut')).toHaveText('Alt+Shift+S');
  await expectFits(popup.page, 'connected-empty');

  const site = await openSite(fixture('tiktok-video').urls[0] ?? '');
  await site.expectOneButtonPerExpectedItem();
  popup = await openAnalyzePopup();
  await expect(popup.analyzeThisReelButton).toBeVisible();
  await expectFits(popup.page, 'reel-on-tab');

  await popup.analyzeThisReelButton.click();
  await popup.confirm.ready();
  await expectFits(popup.page, 'asking-first-time');
  await popup.confirm.click(popup.confirm.analyzeButton);
  await expect(popup.sent).toBeVisible();
  await expectFits(popup.page, 'sent');

  for (const link of MORE_LINKS) {
    await popup.analyzeLink(link);
    await popup.confirm.click(popup.confirm.analyzeButton);
    await expect(popup.sent).toContainText(/Sent to Sume/);
  }
  await popup.analyzeLink('https://www.tiktok.com/@luna.bakes');
  await expect(popup.linkError).toBeVisible();
  await expectFits(popup.page, 'link-refused-with-recent-captures');

  // A file added to the Asset Library from the popup: its outcome and the latest upload, in the same 600 px.
  await popup.page.getByTestId('upload-input').setInputFiles({ name: 'hook-frame.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await expect(popup.page.getByTestId('upload-row')).toHaveCount(1);
  // An image shows itself in the list, not an icon.
  await expect(popup.page.getByTestId('upload-row').getByTestId('upload-thumb')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await expectFits(popup.page, 'with-recent-captures-and-an-upload');

  await popup.analyzeThisReelButton.click();
  await popup.confirm.ready();
  await expectFits(popup.page, 'asking-again-with-recent-captures');
  // Escape closes the question, and the focus goes back to the button that asked it.
  await popup.page.keyboard.press('Escape');
  await expect(popup.confirm.root).toHaveCount(0);
  await expect(popup.analyzeThisReelButton).toBeFocused();
});

test('at 0 credits the popup fits, says so, and axe finds nothing', async ({ connect, sandbox, openAnalyzePopup }) => {
  await connect();
  await sandbox.setRemainingCredits(0);
  const popup = await openAnalyzePopup();
  await expect(popup.page.getByTestId('no-credits')).toBeVisible();
  await popup.analyzeLink(MORE_LINKS[0] ?? '');
  await popup.confirm.ready();
  await expectFits(popup.page, 'no-credits-asking');
});

const MORE_LINKS = [
  'https://www.instagram.com/reel/C8vQ2xLt_Zk/',
  'https://www.tiktok.com/@.dot.handle_/video/7400000000000000001',
  'https://www.instagram.com/reel/DAbCdEfGhIj/',
  'https://www.tiktok.com/@luna.bakes/video/7398201746531097601',
];

/** The smallest PNG there is: one transparent pixel. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
