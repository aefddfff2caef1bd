/**
 * The first-run page: what Sume Capture does, where to get a key, connecting (the API address under
 * "Advanced"), then the way to the first capture with the shortcut the browser really has.
 */
import { expect, test } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { captureLightAndDark } from './screenshots';

test('a new user gets a key, connects, and is sent to try it, with the shortcut; axe finds nothing', async ({ context, extensionId, sandbox }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Sume Capture');
  // Sume's own API keys page (this build talks to production until told otherwise).
  await expect(page.getByTestId('welcome-get-key')).toHaveAttribute('href', 'https://www.sume.so/settings/api-keys');
  // The first field is the key; the address waits under "Advanced".
  const baseUrl = page.locator('input[name="baseUrl"]');
  await expect(baseUrl).toBeHidden();
  await expect(page.locator('input[name="apiKey"]')).toBeVisible();
  await expectNoAxeViolations(page, 'the welcome page before connecting');
  await captureLightAndDark(page, 'welcome-new');

  await page.locator('details.advanced summary').click();
  await baseUrl.fill(sandbox.baseUrl);
  await page.locator('input[name="apiKey"]').fill(sandbox.demoKey);
  await page.getByRole('button', { name: 'Save and connect' }).click();
  await expect(page.getByTestId('connection-ok')).toContainText('Connected');
  await expect(page.getByTestId('welcome-shortcut')).toHaveText('Alt+Shift+S');
  const tryIt = page.getByTestId('welcome-try').getByRole('link', { name: 'Try it on TikTok' });
  await expect(tryIt).toHaveAttribute('href', 'https://www.tiktok.com/foryou');
  await expect(tryIt).toHaveClass(/sc-button--primary/);
  await expectNoAxeViolations(page, 'the welcome page, connected');
  await captureLightAndDark(page, 'welcome-connected');
});
