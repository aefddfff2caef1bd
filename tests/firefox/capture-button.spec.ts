/**
 * Firefox smoke story for the in-page button: on the TikTok For You feed (a local fixture served
 * under the real hostname by request interception) every video gets exactly one Sume button with
 * its own URL and nothing else gets one. puppeteer-core drives firefox-esr over WebDriver BiDi
 * (see /work/shared/browser-testing.md); the check is the same one the Chromium stories use.
 */
import { test as base, expect } from '@playwright/test';
import { fixture } from '../fixtures';
import { fixtureHtmlFor } from '../e2e/fixture-sites';
import { auditCaptureButtons, type ButtonAudit } from '../e2e/pages/button-audit';
import { CAPTURE_HOST } from '../e2e/pages/platform-page';
import { GECKO_ID, launchFirefoxWithExtension } from './firefox';


base('Firefox: every video on the TikTok For You feed gets exactly one button with its own URL', async () => {
  const { browser, installedId } = await launchFirefoxWithExtension();
  try {
    expect(installedId).toBe(GECKO_ID);
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https:\/\/www\.(tiktok|instagram)\.com\//.test(url)) return void request.continue();
      void fixtureHtmlFor(url).then((body) =>
        request.respond(
          body === undefined
            ? { status: 404, contentType: 'text/plain', body: 'No fixture is served at this address.' }
            : { status: 200, contentType: 'text/html; charset=utf-8', body },
        ),
      );
    });

    await page.goto(fixture('tiktok-foryou').urls[0] ?? '');
    await page.evaluate(() => (window as unknown as { __fixture: { ready: Promise<void> } }).__fixture.ready);

    // Settles as soon as every expected video has its button and nothing else has one.
    let audit: ButtonAudit | undefined;
    await expect
      .poll(async () => (audit = await page.evaluate(auditCaptureButtons, CAPTURE_HOST)).problems, { timeout: 10_000 })
      .toEqual([]);
    expect(audit?.expected.length).toBeGreaterThan(0);
    expect(audit?.buttons).toEqual(audit?.expected);

    // More videos arrive as the user scrolls: they get theirs too.
    await page.evaluate(() => (window as unknown as { __fixture: { append(n: number): unknown } }).__fixture.append(8));
    await expect
      .poll(async () => (audit = await page.evaluate(auditCaptureButtons, CAPTURE_HOST)).problems, { timeout: 10_000 })
      .toEqual([]);
    expect(audit?.expected.length).toBeGreaterThan(5);
  } finally {
    await browser.close();
  }
});
