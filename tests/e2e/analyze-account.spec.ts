/**
 * When the account, not the network, stops a capture: no credits left, or a key Sume no longer
 * accepts. The person is told why on the button, nothing is lost, and once the account is fixed the
 * capture goes — exactly once. Every expected message comes from the sandbox API itself.
 */
import { fixture } from '../fixtures';
import { captureLightAndDark } from './screenshots';
import { OTHER_WORKSPACE_KEY } from '../sandbox/options';
import { expect, expectAnalyses, INITIAL_CREDITS, test, UNTIL_DONE } from './analyze-fixtures';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const ANOTHER_REEL = 'https://www.instagram.com/reel/C8vQ2xLt_Zk/';

test('without credits the capture fails with the reason, is kept, and goes once when retried after a top-up', async ({
  connect,
  openSite,
  openAnalyzePopup,
  openCaptures,
  sandbox,
  extension,
  reelButton,
}) => {
  await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await sandbox.setRemainingCredits(0);
  const refusal = await sandbox.analysisRefusalFor(sandbox.demoKey, url);
  expect(refusal.status).toBe(402);

  await reel.analyze();
  await reel.expectState('failed');
  // The reason is shown under the button and spoken, inside its closed root: the page cannot read it.
  const failed = await reel.read();
  expect(failed?.note).toContain(refusal.message);
  expect(failed?.announced).toContain(refusal.message);
  await site.screenshot('analyze-failed-no-credits');

  // Sending is paused for the account: a new attempt says what to do instead of spending a request.
  await reel.click();
  await expect(await reel.confirm.title()).toHaveText('Not enough credits');
  await expect((await reel.confirm.frame()).getByTestId('spend-note')).toContainText('Not enough Sume credits');
  await reel.confirm.choose('Close');
  await reel.confirm.expectClosed();
  const popup = await openAnalyzePopup();
  await expect(popup.recentCaptures).toHaveAttribute('data-phase', 'failed');
  // The account line says there is nothing left to spend, in amber, not with a green light.
  await expect(popup.page.getByTestId('no-credits')).toHaveText('No credits left. Analyses wait until you top up in Sume.');
  await expect(popup.page.locator('[data-testid="account-connected"] .sc-dot--warn')).toHaveCount(1);
  await captureLightAndDark(popup.page, 'popup-no-credits');
  await popup.analyzeLink(ANOTHER_REEL);
  await expect(popup.errorNotice).toContainText('Not enough Sume credits');
  await expect(popup.confirm.root).toHaveCount(0);

  // Nothing is lost: the captures page lists it as failed, with Sume's reason and request id.
  const [capture] = await extension.captures();
  const captures = await openCaptures(capture?.id);
  await expect(captures.row(capture?.id ?? '')).toHaveAttribute('data-phase', 'failed');
  await expect(captures.rowError(capture?.id ?? '')).toContainText(refusal.message);
  await expect(captures.rowError(capture?.id ?? '').getByTestId('request-id')).toHaveText(/^req_\w+$/);
  await expect(captures.pauseNotice).toBeVisible();

  // Topped up, "Retry" sends the same capture.
  await sandbox.setRemainingCredits(INITIAL_CREDITS);
  await captures.retryButton(capture?.id ?? '').click();
  await reel.expectState('done', UNTIL_DONE);
  await expect(captures.row(capture?.id ?? '')).toHaveAttribute('data-phase', 'done');
  await expect(captures.pauseNotice).toHaveCount(0);
  expect(await extension.captures()).toHaveLength(1);
  await expectAnalyses(sandbox, [url], { creditsBefore: INITIAL_CREDITS });
});

test('a revoked key fails the capture with the key’s reason, and a new key sends it by itself', async ({
  connect,
  openSite,
  openOptions,
  sandbox,
  reelButton,
}) => {
  await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await sandbox.revokeKey(sandbox.demoKey);
  const refusal = await sandbox.refusalFor(sandbox.demoKey);
  expect(refusal.status).toBe(401);

  await reel.analyze();
  await reel.expectState('failed');
  expect((await reel.read())?.note).toContain(refusal.message);
  expect((await sandbox.state()).jobs).toEqual([]);

  // A key that works, from the settings: the waiting capture is sent with it, no click needed.
  const other = await sandbox.accountFor(OTHER_WORKSPACE_KEY);
  const options = await openOptions();
  await options.replaceKeyButton.click();
  await options.connect(sandbox.baseUrl, OTHER_WORKSPACE_KEY);
  await expect(options.result).toContainText(other.workspaceName);
  await reel.expectState('done', UNTIL_DONE);
  await expectAnalyses(sandbox, [url], { creditsBefore: other.remainingCredits, apiKey: OTHER_WORKSPACE_KEY });
  // The revoked key's workspace paid nothing.
  expect((await sandbox.state()).credits.remaining).toBe(INITIAL_CREDITS);
});
