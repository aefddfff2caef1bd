/**
 * Firefox smoke story: the MV2 e2e build installs in firefox-esr, and its options page and
 * popup talk to the sandbox through the background page. Playwright cannot drive stock
 * Firefox, so puppeteer-core drives it over WebDriver BiDi (see /work/shared/browser-testing.md).
 */
import type { Browser, Page } from 'puppeteer-core';
import { expect, test } from '../e2e/sandbox-fixture';
import { GECKO_ID, launchFirefoxWithExtension } from './firefox';

/** Opens an extension page. A moz-extension navigation never resolves over BiDi, so it is not awaited. */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  // While the document is being swapped, Firefox's BiDi may fail an evaluation outright
  // ("right-hand side of 'in' should be an object"): ask again until the deadline.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  if (!element) throw new Error(`${selector} not found`);
  return element.evaluate((el) => (el as HTMLElement).innerText.trim());
}

test('Firefox: the extension installs, connects to Sume from its settings, and the popup shows the credits', async ({ sandbox }) => {
  const account = await sandbox.accountFor(sandbox.demoKey);
  const { browser, uuid, installedId } = await launchFirefoxWithExtension();
  try {
    expect(installedId).toBe(GECKO_ID);

    const options = await openExtensionPage(browser, `moz-extension://${uuid}/options.html`);
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
