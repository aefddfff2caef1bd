/**
 * Firefox smoke story for the in-page button: on the TikTok For You feed (a local fixture served
 * under the real hostname by request interception) every video gets exactly one Sume button with
 * its own URL and nothing else gets one. puppeteer-core drives firefox-esr over WebDriver BiDi
 * (see /work/shared/browser-testing.md); the check is the same one the Chromium stories use.
 */
import { test as base, expect } from '@playwright/test';
import { fixture } from '../fixtures';
import { auditCaptureButtons, type ButtonAudit } from '../e2e/pages/button-audit';
import { CAPTURE_HOST } from '../e2e/pages/platform-page';
import { driftedUrl } from '../e2e/fixture-sites';
import { GECKO_ID, gotoFixture, launchFirefoxWithExtension, openFixtureTab } from './firefox';

base('Firefox: every video on the TikTok For You feed gets exactly one button with its own URL', async () => {
  const { browser, installedId } = await launchFirefoxWithExtension();
  try {
    expect(installedId).toBe(GECKO_ID);
    const page = await openFixtureTab(browser);
    await gotoFixture(page, fixture('tiktok-foryou').urls[0] ?? '');

    // Settles as soon as every expected video has its button and nothing else has one.
    let audit: ButtonAudit | undefined;
    await expect.poll(async () => (audit = await page.evaluate(auditCaptureButtons, CAPTURE_HOST)).problems, { timeout: 10_000 }).toEqual([]);
    expect(audit?.expected.length).toBeGreaterThan(0);
    expect(audit?.buttons).toEqual(audit?.expected);

    // More videos arrive as the user scrolls: they get theirs too.
    await page.evaluate(() => (window as unknown as { __fixture: { append(n: number): unknown } }).__fixture.append(8));
    await expect.poll(async () => (audit = await page.evaluate(auditCaptureButtons, CAPTURE_HOST)).problems, { timeout: 10_000 }).toEqual([]);
    expect(audit?.expected.length).toBeGreaterThan(5);
  } finally {
    await browser.close();
  }
});

base('Firefox: after the sites drop their class names, test attributes and ids, each video still gets one button with its own URL or none', async () => {
  const { browser } = await launchFirefoxWithExtension();
  try {
    const page = await openFixtureTab(browser);
    // The pages as they read after a rebuild (tests/fixtures/drift.ts): the second strategy binds them.
    for (const name of ['tiktok-foryou', 'tiktok-video', 'instagram-home', 'instagram-reels'] as const) {
      await gotoFixture(page, driftedUrl(fixture(name).urls[0] ?? '', 'stripped'));
      let audit: ButtonAudit | undefined;
      await expect.poll(async () => (audit = await page.evaluate(auditCaptureButtons, CAPTURE_HOST)).problems, { timeout: 10_000 }).toEqual([]);
      expect(audit?.expected.length, name).toBeGreaterThan(0);
      expect(audit?.buttons).toEqual(audit?.expected);
    }
  } finally {
    await browser.close();
  }
});
