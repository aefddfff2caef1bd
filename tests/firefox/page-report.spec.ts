/**
 * Firefox story for the popup's page report: on a video page whose markup nothing can bind, the
 * popup (opened as a tab, looking at the most recently used other tab) counts the page's videos,
 * says the video on screen has no button, and "Copy a problem report" runs its outline in the page
 * (scripting.executeScript in Firefox's MV2) and hands over the shape of the markup, not its text.
 */
import { expect, test } from '../e2e/sandbox-fixture';
import { fixture } from '../fixtures';
import { driftedUrl } from '../e2e/fixture-sites';
import { connectToSandbox, gotoFixture, launchFirefoxWithExtension, openExtensionPage, openFixtureTab, textOf } from './firefox';

test('Firefox: the popup says the video on screen has no button and copies a problem report from the page', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const address = fixture('tiktok-video').urls[0] ?? '';
    const site = await openFixtureTab(browser);
    await gotoFixture(site, driftedUrl(address, 'opaque'));
    const videos = await site.evaluate(() => document.getElementsByTagName('video').length);
    await site.bringToFront();

    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html`);
    expect(await textOf(popup, '[data-testid="page-counts"]')).toBe(`${videos} videos · 0 buttons`);
    expect(await textOf(popup, '[data-testid="unbound-video"]')).toContain('The video on screen has no Sume button');

    await popup.evaluate(() => {
      const kept: string[] = [];
      (window as unknown as { copied: string[] }).copied = kept;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void kept.push(text) }, configurable: true });
    });
    await popup.click('[data-testid="copy-problem-report"]');
    await expect
      .poll(() => popup.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n')), { timeout: 10_000 })
      .toMatch(/^Sume Capture \S+ · Firefox · problem report/);
    const report = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n'));
    expect(report).toContain(`Page: ${address}\n`);
    expect(report).toMatch(/\n +video \{[^}]*\} ← video\n/);
    expect(report.replace(`Page: ${address}`, '')).not.toMatch(/https?:|7398201746531097600|luna/);
  } finally {
    await browser.close();
  }
});
