/**
 * Sending a reel to Reference Analysis from the Sume button on the video, told as what a person
 * does and sees — and what Sume itself then holds: exactly one analysis per capture, paid once.
 */
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { ReelButton } from './pages/reel-button';
import { captureLightAndDark } from './screenshots';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';

test('a reel sent from its button is analyzed once, and the user is told when it is ready', async ({ connect, openSite, openCaptures, sandbox, extension }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = new ReelButton(site.page, url);
  await expect(reel.button).toHaveAttribute('data-state', 'ready');

  await reel.click();
  await expect(reel.confirm.question).toHaveText('Analyze this video with Sume?');
  await expect(reel.confirm.credits).toContainText(`you have ${account.remainingCredits}`);
  await expect(reel.confirm.primary).toHaveText('Analyze');
  await expect(reel.confirm.primary).toBeFocused();
  await site.screenshot('analyze-1-confirm');

  await reel.confirm.primary.click();
  await expect(reel.confirm.root).toHaveCount(0);
  await expect(reel.button).toHaveAttribute('data-state', 'analyzing');
  // While it is on its way the toolbar counts it.
  await expect.poll(() => extension.badgeText()).toBe('1');
  await site.screenshot('analyze-2-analyzing');

  await expect(reel.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  await site.screenshot('analyze-3-done');
  const [capture] = await extension.captures();
  expect(capture?.url).toBe(url);
  await expect.poll(() => extension.notificationIds()).toEqual([expect.stringMatching(new RegExp(`^sume:${capture?.id}:`))]);
  await expect.poll(() => extension.badgeText()).toBe('');
  const [job] = await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
  expect(job?.id).toBe(capture?.jobId);
  await test.info().attach('notifications', { body: JSON.stringify(await extension.notificationIds(), null, 2), contentType: 'application/json' });

  // The notification leads to the result on the captures page: Sume's own analysis, laid out.
  const { result } = await sandbox.jobResult(sandbox.demoKey, job?.id ?? '');
  const captures = await openCaptures(capture?.id);
  await expect(captures.detail).toBeVisible();
  await expect(captures.result).toContainText(String(result.summary));
  await captureLightAndDark(captures.page, 'analyze-4-result');
});

test('"Cancel" sends nothing, and after "Don’t ask again" the next reel goes at once', async ({ connect, openSite, openOptions, sandbox }) => {
  const account = await connect();
  const feed = await openSite(TIKTOK_FEED);
  const [cancelled, asked, unasked] = (await feed.expectOneButtonPerExpectedItem()).map((url) => new ReelButton(feed.page, url));
  if (!cancelled || !asked || !unasked) throw new Error('The For You fixture needs three videos');

  await cancelled.click();
  await cancelled.confirm.cancelButton.click();
  await expect(cancelled.confirm.root).toHaveCount(0);
  await expect(cancelled.button).toBeFocused();
  // Escape is a cancel too.
  await cancelled.click();
  await expect(cancelled.confirm.primary).toBeFocused();
  await feed.page.keyboard.press('Escape');
  await expect(cancelled.confirm.root).toHaveCount(0);
  await expect(cancelled.button).toHaveAttribute('data-state', 'ready');

  await asked.click();
  await asked.confirm.dontAskAgain.check();
  await asked.confirm.analyzeButton.click();
  await expect(asked.button).toHaveAttribute('data-state', /sending|analyzing/);

  // No question this time: the click sends.
  await unasked.click();
  await expect(unasked.button).toHaveAttribute('data-state', /sending|analyzing/);
  await expect(unasked.confirm.root).toHaveCount(0);

  await expect(asked.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  await expect(unasked.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  await expect(cancelled.button).toHaveAttribute('data-state', 'ready');
  await expectAnalyses(sandbox, [asked.url, unasked.url], { creditsBefore: account.remainingCredits });

  // The choice is the settings page's "Ask before spending credits" switch.
  const options = await openOptions();
  await expect(options.page.getByRole('switch', { name: /Ask before spending credits/ })).not.toBeChecked();
});

test('a reel analyzed before offers its result first; only "Analyze again" spends again', async ({ connect, openSite, openAnalyzePopup, context, sandbox, extension }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = new ReelButton(site.page, url);
  await reel.analyze();
  await expect(reel.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  const [capture] = await extension.captures();
  const resultPage = `captures.html#${capture?.id}`;

  // A done button opens the result instead of asking.
  const [opened] = await Promise.all([context.waitForEvent('page'), reel.click()]);
  await expect(opened).toHaveURL(new RegExp(`/${resultPage}$`));
  await opened.close();

  // The same reel's link, pasted in the popup with its tracking, is recognised.
  const popup = await openAnalyzePopup();
  await popup.analyzeLink(`${url}?is_from_webapp=1&sender_device=pc`);
  await expect(popup.confirm.question).toHaveText('You already analyzed this video.');
  await expect(popup.confirm.primary).toHaveText('Open result');
  await expect(popup.confirm.primary).toBeFocused();
  await expect(popup.confirm.dontAskAgain).toHaveCount(0);
  const [fromPopup] = await Promise.all([context.waitForEvent('page'), popup.confirm.openResultButton.click()]);
  await expect(fromPopup).toHaveURL(new RegExp(`/${resultPage}$`));
  await fromPopup.close();
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });

  // Right-click on the video: the same question, in place on its button.
  await site.page.bringToFront();
  await extension.clickMenu({ menuItemId: 'sume-analyze-link', linkUrl: url, pageUrl: TIKTOK_VIDEO }, TIKTOK_VIDEO);
  await expect(reel.confirm.question).toHaveText('You already analyzed this video.');
  await expect(reel.confirm.primary).toHaveText('Open result');
  await reel.confirm.analyzeAgainButton.click();
  await expect(reel.button).toHaveAttribute('data-state', 'analyzing');
  await expect(reel.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  await expectAnalyses(sandbox, [url, url], { creditsBefore: account.remainingCredits });
});

test('the confirm for the next reel counts the credits the last analysis spent', async ({ connect, openSite, sandbox }) => {
  const account = await connect();
  const feed = await openSite(TIKTOK_FEED);
  const [first, second] = (await feed.expectOneButtonPerExpectedItem()).map((url) => new ReelButton(feed.page, url));
  if (!first || !second) throw new Error('The For You fixture needs two videos');
  await first.analyze();
  await expect(first.button).toHaveAttribute('data-state', 'done', UNTIL_DONE);
  await expectAnalyses(sandbox, [first.url], { creditsBefore: account.remainingCredits });
  const state = await sandbox.state();

  await second.click();
  await expect(second.confirm.credits).toHaveText(`Uses about ${state.config.requiredCredits} credits · you have ${state.credits.remaining}.`);
});
