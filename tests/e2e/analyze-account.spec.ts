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

test('credits spent elsewhere while asking: the capture fails with Sume’s reason, is kept, and goes once when retried after a top-up', async ({
  connect,
  openSite,
  openCaptures,
  sandbox,
  extension,
  reelButton,
}) => {
  await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  // The question shows Sume's balance as it was; the workspace spends it all before the click.
  await reel.click();
  await expect(await reel.confirm.credits()).toContainText(`you have ${INITIAL_CREDITS.toLocaleString('en-US')}`);
  await sandbox.setRemainingCredits(0);
  const refusal = await sandbox.analysisRefusalFor(sandbox.demoKey, url);
  expect(refusal.status).toBe(402);
  await reel.confirm.analyze();
  await reel.expectState('failed');
  // The reason is shown under the button and spoken, inside its closed root: the page cannot read it.
  const failed = await reel.read();
  expect(failed?.note).toContain(refusal.message);
  expect(failed?.announced).toContain(refusal.message);
  await site.screenshot('analyze-failed-no-credits');

  // Asked again, the question knows the balance now: no Analyze to click into a second 402.
  await reel.click();
  await expect(await reel.confirm.title()).toHaveText('Your last analysis of it failed');
  await expect(await reel.confirm.credits()).toContainText('you have 0');
  await expect(await reel.confirm.button('Analyze again')).toBeDisabled();
  await reel.confirm.choose('Cancel');
  await reel.confirm.expectClosed();

  // Nothing is lost: the captures page lists it as failed, with Sume's reason and request id.
  const [capture] = await extension.captures();
  const captures = await openCaptures(capture?.id);
  await expect(captures.row(capture?.id ?? '')).toHaveAttribute('data-phase', 'failed');
  await expect(captures.rowError(capture?.id ?? '')).toContainText(refusal.message);
  await expect(captures.rowError(capture?.id ?? '').getByTestId('request-id')).toHaveText(/^req_\w+$/);
  await expect(captures.pauseNotice).toBeVisible();
  await expect(captures.pauseNotice.getByRole('link', { name: 'Top up in Sume' })).toHaveAttribute(
    'href',
    `${new URL(sandbox.baseUrl).origin}/settings/billing`,
  );

  // Topped up, "Retry" sends the same capture.
  await sandbox.setRemainingCredits(INITIAL_CREDITS);
  await captures.retryButton(capture?.id ?? '').click();
  await reel.expectState('done', UNTIL_DONE);
  await expect(captures.row(capture?.id ?? '')).toHaveAttribute('data-phase', 'done');
  await expect(captures.pauseNotice).toHaveCount(0);
  expect(await extension.captures()).toHaveLength(1);
  await expectAnalyses(sandbox, [url], { creditsBefore: INITIAL_CREDITS });
});

test('short of credits, the question offers "Save for later" and "Top up in Sume"; saved captures go by themselves after a top-up, once each', async ({
  connect,
  openSite,
  openAnalyzePopup,
  openCaptures,
  sandbox,
  extension,
  reelButton,
}) => {
  await connect();
  await sandbox.setRemainingCredits(0);
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  // The question reads Sume's balance as it opens: 0 is short, so Analyze cannot be clicked.
  await reel.click();
  await expect(await reel.confirm.title()).toHaveText('Not enough credits');
  await expect(await reel.confirm.credits()).toContainText('you have 0');
  await expect(await reel.confirm.button('Analyze')).toBeDisabled();
  const topUp = (await reel.confirm.frame()).getByRole('link', { name: 'Top up in Sume' });
  await expect(topUp).toHaveAttribute('href', `${new URL(sandbox.baseUrl).origin}/settings/billing`);
  await site.screenshot('analyze-confirm-no-credits');
  await reel.confirm.choose('Save for later');
  await reel.confirm.expectClosed();
  await reel.expectState('queued');

  // The popup says the account is empty, in amber, and saves a pasted link the same way.
  const popup = await openAnalyzePopup();
  await expect(popup.page.getByTestId('no-credits')).toContainText('No credits left.');
  await expect(popup.page.locator('[data-testid="account-connected"] .sc-dot--warn')).toHaveCount(1);
  await captureLightAndDark(popup.page, 'popup-no-credits');
  await popup.analyzeLink(ANOTHER_REEL);
  await expect(popup.confirm.question).toHaveText('Not enough credits');
  await expect(popup.confirm.analyzeButton).toBeDisabled();
  await captureLightAndDark(popup.page, 'popup-confirm-no-credits');
  await popup.confirm.click(popup.confirm.root.getByRole('button', { name: 'Save for later' }));
  await expect(popup.sent).toContainText('Saved for later');
  expect((await extension.captures()).map((c) => c.waitsForCredits)).toEqual([true, true]);
  expect((await sandbox.state()).jobs).toHaveLength(0);

  const captures = await openCaptures((await extension.captures())[0]?.id);
  await expect(captures.page.getByTestId('waits-for-credits')).toContainText('Saved for later');

  // Topped up: the next look at the balance (the popup opening) sends both, once each.
  await sandbox.setRemainingCredits(INITIAL_CREDITS);
  await popup.page.reload();
  await reel.expectState('done', UNTIL_DONE);
  await expect.poll(async () => (await extension.captures()).map((c) => c.waitsForCredits ?? false)).toEqual([false, false]);
  await expectAnalyses(sandbox, [url, ANOTHER_REEL], { creditsBefore: INITIAL_CREDITS });
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
