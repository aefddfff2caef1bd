/**
 * The accessibility gate on every extension page a person reads, with real content in it: axe
 * (tests/e2e/axe.ts) finds nothing, of any impact, in light or dark. The popup's states are in
 * popup-fits.spec.ts; here the settings, the captures page (list, a result, a capture saved for
 * later, a failure), its Uploads tab, and the question over a TikTok page.
 */
import { fixture } from '../fixtures';
import { expect, test, UNTIL_DONE } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { SCREENSHOT_DIR } from './screenshots';

const LINKS = ['https://www.instagram.com/reel/C8vQ2xLt_Zk/', 'https://www.tiktok.com/@.dot.handle_/video/7400000000000000001'];
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('settings: before connecting, connected, and asking before forgetting the key', async ({ openOptions, sandbox }) => {
  const options = await openOptions();
  await expect(options.apiKeyInput).toBeVisible();
  await expectNoAxeViolations(options.page, 'the settings before connecting');
  await options.connect(sandbox.baseUrl, sandbox.demoKey);
  await expect(options.result).toContainText('Connected');
  await expectNoAxeViolations(options.page, 'the settings, connected');
  await options.forgetKeyButton.click();
  await expect(options.page.getByRole('group', { name: 'Forget this key?' })).toBeVisible();
  await expectNoAxeViolations(options.page, 'the settings, asking before forgetting the key');
});

test('captures page: results, a failure, a capture saved for later, and the Uploads tab', async ({
  connect,
  openAnalyzePopup,
  openCaptures,
  sandbox,
  extension,
}) => {
  // Four captures sent and followed, an upload, and axe on four screens in two schemes.
  test.setTimeout(60_000);
  await connect();
  const popup = await openAnalyzePopup();
  for (const link of LINKS) {
    await popup.analyzeLink(link);
    await popup.confirm.click(popup.confirm.analyzeButton);
    await expect(popup.sent).toContainText('Sent to Sume');
  }
  // One Sume refuses outright, one waits for credits.
  await sandbox.injectFault({ path: '/api/v1/reference-analysis', method: 'POST', times: 1, status: 422 });
  await popup.analyzeLink('https://www.tiktok.com/@luna.bakes/video/7398201746531097601');
  await popup.confirm.click(popup.confirm.analyzeButton);
  await sandbox.setRemainingCredits(0);
  await popup.analyzeLink('https://www.instagram.com/reel/DAbCdEfGhIj/');
  await popup.confirm.click(popup.confirm.root.getByRole('button', { name: 'Save for later' }));
  await expect(popup.sent).toContainText('Saved for later');
  await popup.page.getByTestId('upload-input').setInputFiles({ name: 'hook-frame.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await expect(popup.page.getByTestId('upload-row')).toHaveCount(1);

  const done = (await extension.captures()).find((c) => c.url === LINKS[0]);
  const captures = await openCaptures(done?.id);
  await expect(captures.row(done?.id ?? '')).toHaveAttribute('data-phase', 'done', UNTIL_DONE);
  await expect(captures.result).toBeVisible();
  await expect(captures.rows.and(captures.page.locator('[data-phase="failed"]'))).toHaveCount(1);
  await expectNoAxeViolations(captures.page, 'the captures page with a result open');

  const saved = (await extension.captures()).find((c) => c.waitsForCredits);
  const savedPage = await openCaptures(saved?.id);
  await expect(savedPage.page.getByTestId('waits-for-credits')).toBeVisible();
  await expectNoAxeViolations(savedPage.page, 'the captures page, a capture saved for later');

  // Forced colors: the chosen filter is drawn in the system's selection colors, inside a border.
  await savedPage.page.emulateMedia({ forcedColors: 'active' });
  const chosen = savedPage.page.getByRole('group', { name: 'Status' }).locator('input:checked + span');
  await expect(chosen).toHaveCount(1);
  expect(await chosen.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
  await savedPage.page.screenshot({ path: `${SCREENSHOT_DIR}captures-forced-colors.png`, fullPage: true });
  await savedPage.page.emulateMedia({ forcedColors: 'none' });

  await savedPage.page.getByRole('tab', { name: /Uploads/ }).click();
  await expect(savedPage.page.getByTestId('upload-row')).toHaveCount(1);
  await expectNoAxeViolations(savedPage.page, 'the Uploads tab');
});

test('the question over a TikTok page, in its own frame', async ({ connect, openSite, reelButton }) => {
  await connect();
  const site = await openSite(fixture('tiktok-video').urls[0] ?? '');
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.click();
  const frame = await reel.confirm.frame();
  await expect(frame.getByRole('dialog')).toHaveAttribute('data-armed', 'true');
  await expectNoAxeViolations(site.page, 'the in-page question', frame);
});

test('forced colors (Windows High Contrast): the focus ring and the switches stay visible', async ({ openOptions, sandbox }) => {
  const options = await openOptions();
  await options.connect(sandbox.baseUrl, sandbox.demoKey);
  await expect(options.result).toContainText('Connected');
  await options.page.emulateMedia({ forcedColors: 'active' });
  // The keyboard reaches the first switch: an outline (kept in forced colors) marks it, and its track has a border.
  const firstSwitch = options.page.locator('.switch input').first();
  await firstSwitch.focus();
  await options.page.keyboard.press('Shift+Tab');
  await options.page.keyboard.press('Tab');
  const track = options.page.locator('.switch input:focus-visible + .switch__track');
  await expect(track).toHaveCount(1);
  const ring = await track.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, outlineWidth: style.outlineWidth, border: style.borderTopStyle };
  });
  expect(ring).toEqual({ outline: 'solid', outlineWidth: '2px', border: 'solid' });
  await options.page.screenshot({ path: `${SCREENSHOT_DIR}settings-forced-colors.png`, fullPage: true });
});

test('an empty captures page says what to do next, and axe finds nothing', async ({ connect, openCaptures }) => {
  await connect();
  const captures = await openCaptures();
  const empty = captures.page.getByTestId('captures-empty');
  await expect(empty.getByRole('link', { name: 'Open TikTok' })).toHaveAttribute('href', 'https://www.tiktok.com/foryou');
  await expect(empty.getByRole('link', { name: 'How it works' })).toHaveAttribute('href', '/welcome.html');
  await expectNoAxeViolations(captures.page, 'the empty captures page');
});
