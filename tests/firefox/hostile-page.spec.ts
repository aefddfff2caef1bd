/**
 * The hostile page, in Firefox: the attacks that do not depend on Chrome-only defences end with
 * nothing spent, as in Chromium (tests/e2e/hostile-page.spec.ts). Firefox has no
 * IntersectionObserver v2, so a decoy over our button can turn a person's real clicks into clicks
 * on it; there the spending limit is what holds, and the last story shows it capping the damage.
 */
import { fixture } from '../fixtures';
import { INITIAL_CREDITS, SHORT_JOB_CLOCK } from '../e2e/analyze-fixtures';
import { CAPTURE_HOST } from '../e2e/pages/platform-page';
import type { SandboxDriver } from '../e2e/sandbox-driver';
import { expect, test } from '../e2e/sandbox-fixture';
import { drainEveryButton, forgeWxtStartup } from '../e2e/page-attacks';
import {
  confirmationOpen,
  connectToSandbox,
  GECKO_ID,
  gotoFixture,
  launchFirefoxWithExtension,
  openFixtureTab,
  realClick,
  setAskBeforeSpending,
} from './firefox';

test.use({ sandboxOptions: SHORT_JOB_CLOCK });

const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';
const QUIET_MS = 1_500;

async function expectNothingSpent(sandbox: SandboxDriver): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  const state = await sandbox.state();
  expect(state.jobs).toEqual([]);
  expect(state.credits.remaining).toBe(INITIAL_CREDITS);
}

for (const ask of [true, false]) {
  test(`Firefox: a page script’s clicks on 25 videos, and a forged WXT start-up event, spend nothing (${ask ? 'asking' : '"don’t ask" on'})`, async ({
    sandbox,
  }) => {
    test.setTimeout(60_000);
    const { browser, uuid } = await launchFirefoxWithExtension();
    try {
      const settings = await connectToSandbox(browser, uuid, sandbox);
      await setAskBeforeSpending(settings, ask);
      const page = await openFixtureTab(browser);
      await gotoFixture(page, TIKTOK_FEED);
      await page.waitForSelector(CAPTURE_HOST, { timeout: 10_000 });
      expect(await page.evaluate((host: string) => String((document.querySelector(host) as HTMLElement).shadowRoot), CAPTURE_HOST)).toBe('null');

      expect(await page.evaluate(drainEveryButton, CAPTURE_HOST)).toBeGreaterThanOrEqual(25);
      expect(await confirmationOpen(page)).toBe(false);
      await page.evaluate(forgeWxtStartup, GECKO_ID);
      await expectNothingSpent(sandbox);

      // Still a person's button: a real click on the video in view is heard.
      const inView = await page.evaluate((host: string) => {
        const hosts = [...document.querySelectorAll<HTMLElement>(host)];
        const seen = hosts.find((h) => {
          const rect = h.getBoundingClientRect();
          return rect.top > 0 && rect.bottom < innerHeight && document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === h;
        });
        return seen?.dataset.sumeUrl ?? null;
      }, CAPTURE_HOST);
      expect(inView, 'a video with its button in view').not.toBeNull();
      await realClick(page, `${CAPTURE_HOST}[data-sume-url="${inView}"]`);
      if (ask) {
        await expect.poll(() => confirmationOpen(page), { timeout: 10_000 }).toBe(true);
        await page.keyboard.press('Escape');
        await expectNothingSpent(sandbox);
      } else {
        await expect.poll(async () => (await sandbox.state()).jobs.length, { timeout: 10_000 }).toBe(1);
      }
    } finally {
      await browser.close();
    }
  });
}

test('Firefox: with "don’t ask" on, a decoy over our buttons gets real clicks through — and the spending limit caps it at 20 credits', async ({ sandbox }) => {
  test.setTimeout(90_000);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    const settings = await connectToSandbox(browser, uuid, sandbox);
    await setAskBeforeSpending(settings, false);
    const page = await openFixtureTab(browser);
    await gotoFixture(page, TIKTOK_FEED);
    await page.evaluate(() => (window as unknown as { __fixture: { append(n: number): void } }).__fixture.append(4));
    await page.waitForSelector(CAPTURE_HOST, { timeout: 10_000 });
    // "Click to play": a full-screen decoy that lets every click through to what is under it.
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.textContent = '▶ Click to play';
      decoy.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;pointer-events:none;display:grid;place-items:center;font:700 40px system-ui;color:#fff;background:rgba(0,0,0,.9)';
      document.documentElement.append(decoy);
    });

    const urls = await page.evaluate((host: string) => [...document.querySelectorAll<HTMLElement>(host)].map((h) => h.dataset.sumeUrl ?? ''), CAPTURE_HOST);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls.slice(0, 6)) {
      await realClick(page, `${CAPTURE_HOST}[data-sume-url="${url}"]`);
      if (await confirmationOpen(page)) await page.keyboard.press('Escape');
    }
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const state = await sandbox.state();
    const spent = INITIAL_CREDITS - state.credits.remaining;
    // What remains in Firefox: up to the limit went without the person seeing. Past it, they are asked.
    expect(spent).toBeLessThanOrEqual(20);
    expect(state.jobs.length).toBe(Math.floor(20 / state.config.requiredCredits));
    await realClick(page, `${CAPTURE_HOST}[data-sume-url="${urls[6] ?? urls[0]}"]`);
    await expect.poll(() => confirmationOpen(page), { timeout: 10_000 }).toBe(true);
  } finally {
    await browser.close();
  }
});
