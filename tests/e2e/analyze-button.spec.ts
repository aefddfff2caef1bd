/**
 * Sending a reel to Reference Analysis from the Sume button on the video, told as what a person
 * does and sees — and what Sume itself then holds: exactly one analysis per capture, paid once.
 * The question is asked in the extension's own frame over the page, naming the reel.
 */
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { captureLightAndDark } from './screenshots';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';

test('a reel sent from its button is analyzed once, and the user is told when it is ready', async ({
  connect,
  openSite,
  openCaptures,
  sandbox,
  extension,
  reelButton,
}) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.expectState('ready');
  const creator = /^https:\/\/www\.tiktok\.com\/@([^/]+)\//.exec(url)?.[1];
  expect((await reel.read())?.name).toBe(`Analyze with Sume: the video by @${creator}`);

  await reel.click();
  await expect(await reel.confirm.title()).toHaveText('Analyze this video with Sume?');
  // It names what will be charged: who posted it, the caption, the canonical link.
  await expect(await reel.confirm.reel()).toContainText(`@${creator}`);
  await expect(await reel.confirm.url()).toHaveText(url.replace('https://www.', ''));
  await expect(await reel.confirm.credits()).toContainText(`you have ${account.remainingCredits}`);
  await expect(await reel.confirm.focused()).toHaveText('Analyze');
  await expect(await reel.confirm.focused()).toBeFocused();
  await site.screenshot('analyze-1-confirm');

  await reel.confirm.analyze();
  await reel.confirm.expectClosed();
  // The focus is back on the button, which now says so.
  expect(await reel.isFocused()).toBe(true);
  await reel.expectState(/sending|analyzing/);
  await expect.poll(async () => (await reel.read())?.announced).toMatch(/Sending to Sume|Sume is analyzing/);
  // While it is on its way the toolbar counts it.
  await expect.poll(() => extension.badgeText()).toBe('1');
  await site.screenshot('analyze-2-analyzing');

  await reel.expectState('done', UNTIL_DONE);
  expect((await reel.read())?.announced).toBe('The Sume analysis is ready.');
  await site.screenshot('analyze-3-done');
  const [capture] = await extension.captures();
  expect(capture?.url).toBe(url);
  expect(capture?.source).toBe('button');
  await expect.poll(() => extension.notificationIds()).toEqual([expect.stringMatching(new RegExp(`^sume:${capture?.id}:`))]);
  await expect.poll(() => extension.badgeText()).toBe('');
  const [job] = await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
  expect(job?.id).toBe(capture?.jobId);

  // The notification leads to the result on the captures page: Sume's own analysis, laid out.
  const { result } = await sandbox.jobResult(sandbox.demoKey, job?.id ?? '');
  const captures = await openCaptures(capture?.id);
  await expect(captures.detail).toBeVisible();
  await expect(captures.result).toContainText(String(result.summary));
  await captureLightAndDark(captures.page, 'analyze-4-result');
});

test('"Cancel" and Escape send nothing; after "Don’t ask again" the next reel goes at once', async ({
  connect,
  openSite,
  openOptions,
  sandbox,
  reelButton,
}) => {
  const account = await connect();
  const feed = await openSite(TIKTOK_FEED);
  const [cancelled, asked, unasked] = (await feed.expectOneButtonPerExpectedItem()).map((url) => reelButton(feed, url));
  if (!cancelled || !asked || !unasked) throw new Error('The For You fixture needs three videos');

  await cancelled.click();
  await cancelled.confirm.choose('Cancel');
  await cancelled.confirm.expectClosed();
  expect(await cancelled.isFocused()).toBe(true);
  // Escape is a cancel too, and so is a click outside.
  await cancelled.click();
  await cancelled.confirm.dialog();
  await feed.page.keyboard.press('Escape');
  await cancelled.confirm.expectClosed();
  await cancelled.click();
  await cancelled.confirm.dialog();
  await feed.page.mouse.click(5, 700);
  await cancelled.confirm.expectClosed();
  await cancelled.expectState('ready');

  await asked.click();
  await (await asked.confirm.dontAskAgain()).check();
  await asked.confirm.analyze();
  await asked.expectState(/sending|analyzing/);

  // No question this time: the click sends.
  await unasked.click();
  await unasked.expectState(/sending|analyzing/);
  expect(await unasked.confirm.isOpen()).toBe(false);

  await asked.expectState('done', UNTIL_DONE);
  await unasked.expectState('done', UNTIL_DONE);
  await cancelled.expectState('ready');
  await expectAnalyses(sandbox, [asked.url, unasked.url], { creditsBefore: account.remainingCredits });

  // The choice is the settings page's "Ask before spending credits" switch, and the limit shows what went.
  const options = await openOptions();
  await expect(options.page.getByRole('switch', { name: /Ask before spending credits/ })).not.toBeChecked();
  await expect(options.page.getByTestId('spending-hint')).toContainText(
    `Spent in the last hour: ${2 * (await sandbox.state()).config.requiredCredits} credits`,
  );
});

test('a reel analyzed before offers its result first; only "Analyze again" spends again', async ({
  connect,
  openSite,
  openAnalyzePopup,
  context,
  sandbox,
  extension,
  reelButton,
}) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.analyze();
  await reel.expectState('done', UNTIL_DONE);
  const [capture] = await extension.captures();
  const resultPage = `captures.html#${capture?.id}`;

  // A done button opens the result instead of asking.
  const [opened] = await Promise.all([context.waitForEvent('page'), reel.click()]);
  await expect(opened).toHaveURL(new RegExp(`/${resultPage}$`));
  await opened.close();

  // The same reel's link, pasted in the popup with its tracking, is recognised.
  const popup = await openAnalyzePopup();
  await popup.analyzeLink(`${url}?is_from_webapp=1&sender_device=pc`);
  await expect(popup.confirm.question).toHaveText('You already analyzed this video');
  await expect(popup.confirm.primary).toHaveText('Open result');
  await expect(popup.confirm.primary).toBeFocused();
  await expect(popup.confirm.dontAskAgain).toHaveCount(0);
  const [fromPopup] = await Promise.all([context.waitForEvent('page'), popup.confirm.click(popup.confirm.openResultButton)]);
  await expect(fromPopup).toHaveURL(new RegExp(`/${resultPage}$`));
  await fromPopup.close();
  // The same video through links without its handle (TikTok's share path, the embed player, an
  // empty `@`) is the same video: the duplicate guard compares platform and id, not the URL.
  const id = url.split('/').pop();
  for (const sameVideo of [
    `https://www.tiktok.com/share/video/${id}`,
    `https://www.tiktok.com/embed/v2/${id}?lang=en-US`,
    `https://www.tiktok.com/@/video/${id}`,
  ]) {
    await popup.analyzeLink(sameVideo);
    await expect(popup.confirm.question).toHaveText('You already analyzed this video');
    await popup.confirm.click(popup.confirm.cancelButton);
  }
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });

  // Right-click on the video: the same question, in the extension's frame over the page.
  await site.page.bringToFront();
  await extension.clickMenu({ menuItemId: 'sume-analyze-link', linkUrl: url, pageUrl: TIKTOK_VIDEO }, TIKTOK_VIDEO);
  await expect(await reel.confirm.title()).toHaveText('You already analyzed this video');
  await expect(await reel.confirm.focused()).toHaveText('Open result');
  await reel.confirm.choose('Analyze again');
  await reel.expectState(/sending|analyzing/);
  await reel.expectState('done', UNTIL_DONE);
  await expectAnalyses(sandbox, [url, url], { creditsBefore: account.remainingCredits });
  expect((await extension.captures()).map((c) => c.source).sort()).toEqual(['button', 'context_menu']);
});

test('the question for the next reel names the price the last analysis cost and a balance fetched as it opens', async ({
  connect,
  openSite,
  sandbox,
  reelButton,
}) => {
  const account = await connect();
  const feed = await openSite(TIKTOK_FEED);
  const [first, second] = (await feed.expectOneButtonPerExpectedItem()).map((url) => reelButton(feed, url));
  if (!first || !second) throw new Error('The For You fixture needs two videos');
  await first.analyze();
  await first.expectState('done', UNTIL_DONE);
  await expectAnalyses(sandbox, [first.url], { creditsBefore: account.remainingCredits });
  // Credits spent elsewhere (Sume's app): the question shows Sume's figure, not a cached one.
  await sandbox.setRemainingCredits(42);

  await second.click();
  const { requiredCredits } = (await sandbox.state()).config;
  await expect(await second.confirm.credits()).toHaveText(`Uses ${requiredCredits} credits · you have 42.`);
});

test('on Instagram the question names the reel too, light and dark (screenshots to look over)', async ({ connect, openSite, reelButton }) => {
  await connect();
  const site = await openSite(fixture('instagram-reel').urls[0] ?? '');
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.click();
  await expect(await reel.confirm.url()).toHaveText(url.replace('https://www.', ''));
  await expect(await reel.confirm.reel()).toContainText('@');
  await reel.confirm.dialog();
  await site.screenshot('analyze-instagram-confirm');
  await reel.confirm.choose('Cancel');
  await reel.confirm.expectClosed();
  await site.screenshot('analyze-instagram-button');
});
