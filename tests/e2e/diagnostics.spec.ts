/**
 * Settings → Diagnostics: what went wrong lately, with Sume's request id, in a report a person can
 * hand to support — and never the key.
 */
import { expect, test } from './analyze-fixtures';
import { captureLightAndDark } from './screenshots';

test('a failed send is listed in Settings → Diagnostics with its request id, and "Copy report" hands it over without the key', async ({
  connect,
  openAnalyzePopup,
  openOptions,
  sandbox,
}) => {
  await connect();
  // Both tries of the first send fail; the queue then sends it on its own.
  await sandbox.injectFault({ path: '/api/v1/reference-analysis', method: 'POST', times: 2, status: 503 });
  const popup = await openAnalyzePopup();
  await popup.analyzeLink('https://www.tiktok.com/@luna.bakes/video/7398201746531097600');
  await popup.confirm.click(popup.confirm.primary);
  await expect.poll(async () => (await sandbox.state()).jobs.length, { timeout: 20_000 }).toBe(1);

  const options = await openOptions();
  const events = options.page.getByRole('list', { name: /events, newest first/ });
  await expect(events).toContainText('Sending a capture to Sume');
  await expect(events).toContainText('Sent for analysis: TikTok video by @luna.bakes');
  const requestIds = await events.locator('code').allTextContents();
  expect(requestIds.some((id) => /^req_/.test(id))).toBe(true);
  const failedIds = (await sandbox.requests()).filter((request) => request.status === 503).map((request) => request.request_id);
  const listed = requestIds.find((id) => failedIds.includes(id));
  expect(listed, 'the request id of a refused send').toBeTruthy();

  // Headless Chromium grants no clipboard to an extension page: keep what is written to it instead.
  await options.page.evaluate(() => {
    const kept: string[] = [];
    (window as unknown as { copied: string[] }).copied = kept;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void kept.push(text) }, configurable: true });
  });
  await options.page.getByRole('button', { name: 'Copy report' }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'Report copied' })).toBeVisible();
  const report = await options.page.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n'));
  expect(report).toMatch(/^Sume Capture \S+ · Chromium · API http:\/\/127\.0\.0\.1:\d+/);
  expect(report).toContain(`request ${listed}`);
  expect(report).not.toContain(sandbox.demoKey);
  await options.page.getByRole('heading', { name: 'Diagnostics' }).scrollIntoViewIfNeeded();
  await captureLightAndDark(options.page, 'settings-diagnostics');

  await options.page.getByRole('button', { name: 'Clear' }).click();
  await expect(options.page.getByText('Nothing has gone wrong lately.')).toBeVisible();
});
