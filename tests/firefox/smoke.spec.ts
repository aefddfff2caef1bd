/**
 * Firefox smoke story: the MV2 e2e build installs in firefox-esr, and its options page and
 * popup talk to the sandbox through the background page. Playwright cannot drive stock
 * Firefox, so puppeteer-core drives it over WebDriver BiDi (see /work/shared/browser-testing.md).
 */
import { expect, test } from '../e2e/sandbox-fixture';
import { GECKO_ID, launchFirefoxWithExtension, openExtensionPage, textOf } from './firefox';

test('Firefox: the extension installs, connects to Sume from its settings, and the popup shows the credits', async ({ sandbox }) => {
  const account = await sandbox.accountFor(sandbox.demoKey);
  const { browser, uuid, installedId } = await launchFirefoxWithExtension();
  try {
    expect(installedId).toBe(GECKO_ID);

    const options = await openExtensionPage(browser, `moz-extension://${uuid}/options.html`);
    // The address is under "Advanced", closed while it is Sume's own.
    await options.locator('details.advanced summary').click();
    await options.locator('input[name="baseUrl"]').fill(sandbox.baseUrl);
    await options.locator('input[name="apiKey"]').fill(sandbox.demoKey);
    await options.locator('button[type="submit"]').click();
    // "Connected" is only shown after the background fetched /me from the sandbox.
    const result = await textOf(options, '[data-testid="connection-ok"]');
    expect(result).toContain('Connected');
    expect(result).toContain(account.userName);
    expect(result).toContain(account.workspaceName);

    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html`);
    await popup.waitForFunction(
      (expected: string) => document.querySelector('[data-testid="credits"]')?.textContent === expected,
      { timeout: 10_000 },
      `${account.remainingCredits} credits`,
    );
    expect(await textOf(popup, '[data-testid="connected-line"]')).toContain(account.userName);
  } finally {
    await browser.close();
  }
});
