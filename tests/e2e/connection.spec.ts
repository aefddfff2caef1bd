/**
 * Connecting Sume Capture to a Sume workspace, told as what a person does and sees. Every
 * expected name, number and message comes from the sandbox API itself, not from this file.
 */
import { expect, test } from './fixtures';
import type { OptionsPage } from './pages/options-page';
import type { ExpectedAccount, SandboxDriver } from './sandbox-driver';
import { captureLightAndDark } from './screenshots';

const WRONG_KEY = 'sume_live_this_key_does_not_exist_000000';

function creditsText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'credit' : 'credits'}`;
}

function connectedLine(account: ExpectedAccount, credits = account.remainingCredits): string {
  return `Connected as ${account.userName} · ${account.workspaceName} · ${creditsText(credits)}`;
}

async function connectWithDemoKey(openOptions: () => Promise<OptionsPage>, sandbox: SandboxDriver): Promise<OptionsPage> {
  const options = await openOptions();
  await options.connect(sandbox.baseUrl, sandbox.demoKey);
  await expect(options.result).toContainText('Connected');
  return options;
}

test('a new user connects their workspace and the popup shows who they are and their credits', async ({ sandbox, openPopup }) => {
  const account = await sandbox.accountFor(sandbox.demoKey);

  const popup = await openPopup();
  await expect(popup.disconnected).toBeVisible();
  await expect(popup.connectButton).toBeVisible();
  await captureLightAndDark(popup.page, 'popup-disconnected');

  const options = await popup.connectToSume();
  await options.connect(sandbox.baseUrl, sandbox.demoKey);
  await expect(options.result).toContainText('Connected');
  await expect(options.result).toContainText(account.userName);
  await expect(options.result).toContainText(account.workspaceName);
  await expect(options.result).toContainText(creditsText(account.remainingCredits));
  await captureLightAndDark(options.page, 'options-connected');

  await popup.reopen();
  await expect(popup.connectedLine).toHaveText(connectedLine(account));
  await expect(popup.errorNotice).toHaveCount(0);
  await captureLightAndDark(popup.page, 'popup-connected');

  // Credits are spent elsewhere. Sume answers slowly this time, so the popup is seen showing
  // the last known count at once and the fresh one when the check comes back.
  await sandbox.setRemainingCredits(7);
  await sandbox.injectFault({ path: '/api/v1/credits', delayMs: 1_500 });
  await popup.reopen();
  await expect(popup.accountStatus).toHaveAttribute('aria-busy', 'true');
  await expect(popup.credits).toHaveText(creditsText(account.remainingCredits));
  await expect(popup.connectedLine).toHaveText(connectedLine(account, 7));
  await expect(popup.accountStatus).toHaveAttribute('aria-busy', 'false');
});

test('a wrong key is refused with the reason and a request id, and nothing is saved', async ({ sandbox, openOptions, openPopup }) => {
  const refusal = await sandbox.refusalFor(WRONG_KEY);
  expect(refusal.status).toBe(401);

  const options = await openOptions();
  await options.connect(sandbox.baseUrl, WRONG_KEY);
  await expect(options.errorNotice).toHaveAttribute('data-error-code', 'unauthorized');
  await expect(options.errorNotice).toContainText(refusal.message);
  await expect(options.requestId).toHaveText(/^req_\w+$/);
  await expect(options.result).toHaveCount(0);
  await captureLightAndDark(options.page, 'options-error');

  const popup = await openPopup();
  await expect(popup.disconnected).toBeVisible();
  await expect(popup.connectButton).toBeVisible();
});

test('when Sume cannot be reached the popup says so and keeps showing the last known account', async ({ sandbox, openOptions, openPopup }) => {
  const account = await sandbox.accountFor(sandbox.demoKey);
  await connectWithDemoKey(openOptions, sandbox);

  await sandbox.stop();
  const popup = await openPopup();
  await expect(popup.errorNotice).toHaveAttribute('data-error-code', 'network_error');
  await expect(popup.errorNotice).toContainText(/can.t reach sume/i);
  await expect(popup.connectedLine).toHaveText(connectedLine(account));
  await expect(popup.connected).toHaveAttribute('data-stale', 'true');
  await captureLightAndDark(popup.page, 'popup-error-offline');

  // Sume is back: one click on "Try again" and the warning is gone.
  await sandbox.restart();
  await popup.tryAgainButton.click();
  await expect(popup.errorNotice).toHaveCount(0);
  await expect(popup.connected).toHaveAttribute('data-stale', 'false');
  await expect(popup.connectedLine).toHaveText(connectedLine(account));
});

test('the saved key is only ever shown masked, and "Forget key" asks, then disconnects', async ({ sandbox, openOptions, openPopup }) => {
  const options = await connectWithDemoKey(openOptions, sandbox);
  await expect(options.maskedKey).toBeVisible();
  const masked = await options.maskedKeyText();
  expect(masked).not.toBe(sandbox.demoKey);
  expect(masked.startsWith(sandbox.demoKey.slice(0, 6))).toBe(true);
  expect(await options.everythingShown()).not.toContain(sandbox.demoKey);

  await options.page.reload();
  await expect(options.maskedKey).toHaveText(masked);
  expect(await options.everythingShown()).not.toContain(sandbox.demoKey);

  // It asks first: "Keep the key" (where focus lands) and Escape keep it, and focus goes back.
  await options.forgetKeyButton.click();
  await expect(options.page.getByRole('button', { name: 'Keep the key' })).toBeFocused();
  await options.page.keyboard.press('Enter');
  await expect(options.forgetKeyButton).toBeFocused();
  await expect(options.maskedKey).toHaveText(masked);
  await options.forgetKeyButton.click();
  await expect(options.page.getByRole('button', { name: 'Keep the key' })).toBeFocused();
  await options.page.keyboard.press('Escape');
  await expect(options.forgetKeyButton).toBeFocused();
  await expect(options.maskedKey).toHaveText(masked);

  await options.forgetKey();
  await expect(options.maskedKey).toHaveCount(0);
  await expect(options.apiKeyInput).toBeVisible();
  await expect(options.apiKeyInput).toHaveValue('');

  const popup = await openPopup();
  await expect(popup.disconnected).toBeVisible();
  await expect(popup.connected).toHaveCount(0);
});

test('a key revoked in Sume shows the 401 reason and leads to "Update key"', async ({ sandbox, openOptions, openPopup }) => {
  const settings = await connectWithDemoKey(openOptions, sandbox);
  await settings.page.close();

  await sandbox.revokeKey(sandbox.demoKey);
  const refusal = await sandbox.refusalFor(sandbox.demoKey);
  expect(refusal.status).toBe(401);

  const popup = await openPopup();
  await expect(popup.errorNotice).toHaveAttribute('data-error-code', 'unauthorized');
  await expect(popup.errorNotice).toContainText(refusal.message);
  await expect(popup.requestId).toHaveText(/^req_\w+$/);
  await expect(popup.updateKeyButton).toBeVisible();
  await captureLightAndDark(popup.page, 'popup-error-revoked');

  const options = await popup.updateKey();
  await expect(options.baseUrlInput).toBeVisible();
});

test('after "Update key" the settings say the key was refused instead of "Connected"', async ({ sandbox, openOptions, openPopup }) => {
  const settings = await connectWithDemoKey(openOptions, sandbox);
  await settings.page.close();
  await sandbox.revokeKey(sandbox.demoKey);

  const popup = await openPopup();
  const options = await popup.updateKey();
  await expect(options.errorNotice).toHaveAttribute('data-error-code', 'unauthorized', { timeout: 2_000 });
  await expect(options.result).toHaveCount(0, { timeout: 1_000 });
});

test('the popup still works after the browser stopped the idle background', async ({ sandbox, openOptions, openPopup, stopServiceWorker }) => {
  const account = await sandbox.accountFor(sandbox.demoKey);
  await connectWithDemoKey(openOptions, sandbox);
  const requestsBefore = await sandbox.apiRequestCount();

  await stopServiceWorker();
  const popup = await openPopup();
  await expect(popup.connectedLine).toHaveText(connectedLine(account));
  // The woken background checked the account again rather than only replaying the cache.
  await expect.poll(() => sandbox.apiRequestCount()).toBeGreaterThan(requestsBefore);
  await expect(popup.errorNotice).toHaveCount(0);
});

// An address the key must never be sent to is refused on the page, before any request.
const REFUSED_BASE_URLS: { name: string; baseUrl: (sandboxOrigin: string) => string; reason: RegExp }[] = [
  { name: 'ftp://', baseUrl: () => 'ftp://x', reason: /must use https:\/\// },
  { name: 'plain http to a public host', baseUrl: () => 'http://example.com', reason: /must use https:\/\// },
  { name: 'ftp to the sandbox', baseUrl: (origin) => `${origin.replace('http:', 'ftp:')}/api/v1`, reason: /must use https:\/\// },
  { name: 'not a URL', baseUrl: () => 'sume api', reason: /not a URL/ },
  { name: 'credentials in the URL', baseUrl: (origin) => `${origin.replace('http://', 'http://me:secret@')}/api/v1`, reason: /user name or password/ },
  { name: 'a query string', baseUrl: (origin) => `${origin}/api/v1?debug=1`, reason: /\?query or #fragment/ },
];

for (const { name, baseUrl, reason } of REFUSED_BASE_URLS) {
  test(`a base URL with ${name} is refused without any network call`, async ({ sandbox, context, openOptions }) => {
    const webRequests: string[] = [];
    context.on('request', (request) => {
      if (/^(https?|ftp|wss?):/.test(request.url())) webRequests.push(request.url());
    });

    const options = await openOptions();
    await options.connect(baseUrl(sandbox.origin), sandbox.demoKey);
    await expect(options.errorNotice).toHaveAttribute('data-error-code', 'invalid_base_url');
    await expect(options.errorNotice).toContainText(reason);
    await expect(options.result).toHaveCount(0);

    expect(webRequests).toEqual([]);
    expect(await sandbox.apiRequestCount()).toBe(0);

    // The same listener does see the background's requests: the check above could have failed.
    await options.connect(sandbox.baseUrl, sandbox.demoKey);
    await expect(options.result).toContainText('Connected');
    expect(webRequests).toContain(`${sandbox.baseUrl}/me`);
  });
}
