/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox),
 * with the e2e build installed under its fixed gecko id. /work/shared/browser-testing.md.
 * Also the few things every Firefox story does: open an extension page, connect to the sandbox,
 * serve the TikTok and Instagram fixtures under their real hostnames.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD } from '../e2e/extension-build';
import { FIXTURE_THUMBNAILS, fixtureResponseFor, fixtureThumbnailFor } from '../e2e/fixture-sites';

export const GECKO_ID = 'capture@sume.so';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's internal UUID, fixed by a pref: its pages are at moz-extension://<uuid>/. */
  uuid: string;
  /** What installExtension answered: the extension's id. */
  installedId: string;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    // The desktop size the Chromium stories use (Playwright's default), not puppeteer's 800 × 600.
    defaultViewport: { width: 1280, height: 720 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  return { browser, uuid, installedId: await browser.installExtension(FIREFOX_E2E_BUILD) };
}

/** Opens an extension page. A moz-extension navigation never resolves over BiDi, so it is not awaited. */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  // While the document is being swapped, Firefox's BiDi may fail an evaluation outright
  // ("right-hand side of 'in' should be an object"): ask again until the deadline.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
        timeout: Math.max(1, deadline - Date.now()),
      });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The visible text of the first element matching `selector`, once it is shown. */
export async function textOf(page: Page, selector: string, timeout = 10_000): Promise<string> {
  const element = await page.waitForSelector(selector, { visible: true, timeout });
  if (!element) throw new Error(`${selector} not found`);
  return element.evaluate((el) => (el as HTMLElement).innerText.trim());
}

/** Saves the sandbox's address and key on the settings page and waits for "Connected". */
export async function connectToSandbox(browser: Browser, uuid: string, sandbox: { baseUrl: string; demoKey: string }): Promise<Page> {
  const options = await openExtensionPage(browser, `moz-extension://${uuid}/options.html`);
  // The address is under "Advanced", closed while it is Sume's own.
  await options.locator('details.advanced summary').click();
  await options.locator('input[name="baseUrl"]').fill(sandbox.baseUrl);
  await options.locator('input[name="apiKey"]').fill(sandbox.demoKey);
  await options.locator('button[type="submit"]').click();
  // "Connected" is only shown after the background fetched /me from the sandbox.
  await textOf(options, '[data-testid="connection-ok"]');
  return options;
}

/** A tab on which www.tiktok.com and www.instagram.com answer with the local fixtures. */
export async function openFixtureTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (FIXTURE_THUMBNAILS.test(url)) return void request.respond(fixtureThumbnailFor(url));
    if (!/^https:\/\/www\.(tiktok|instagram)\.com\//.test(url)) return void request.continue();
    void fixtureResponseFor(url).then((response) => request.respond(response));
  });
  return page;
}

/** Loads a fixture page and waits for its script to have built the feed. */
export async function gotoFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { __fixture: { ready: Promise<void> } }).__fixture.ready);
}

/**
 * Clicks the middle of `selector` with real input (BiDi input actions), as a person does — pointing
 * first. Our buttons' shadow roots are closed, so the host's box is all a test, like a page, can see.
 */
export async function realClick(page: Page, selector: string): Promise<void> {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  /** Where a person would hit the element: its middle, if nothing else is on top there. */
  const target = () =>
    page.evaluate((sel: string) => {
      const element = document.querySelector(sel);
      const rect = element?.getBoundingClientRect();
      if (!element || !rect) return null;
      const at = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      return document.elementFromPoint(at.x, at.y) === element ? at : null;
    }, selector);
  await page.evaluate((sel: string) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);
  // Feeds snap their scroll: aim once it has come to rest, point, and aim again (pointing can
  // make the page settle its snap once more) before the click.
  await settle();
  const first = await target();
  if (!first) throw new Error(`${selector} is not on the page where a person could click it`);
  await page.mouse.move(first.x, first.y);
  await settle();
  const box = await target();
  if (!box) throw new Error(`${selector} moved away from under the pointer`);
  await page.mouse.move(box.x, box.y);
  await page.mouse.click(box.x, box.y);
}

/**
 * Whether the extension's confirmation frame is shown over the page (its host is all the page can
 * see; another may wait out of sight, loaded ahead of the next click).
 */
export function confirmationOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('sume-capture-confirm')].some((host) => host.style.visibility !== 'hidden'));
}

/** "Ask before spending credits" on the settings page, switched as a person does. */
export async function setAskBeforeSpending(settings: Page, on: boolean): Promise<void> {
  const current = await settings.evaluate(() => (document.querySelector('input[name="confirm-before-analyzing"]') as HTMLInputElement | null)?.checked);
  if (current !== on) await settings.locator('input[name="confirm-before-analyzing"]').click();
  await settings.waitForFunction(
    (want: boolean) => (document.querySelector('input[name="confirm-before-analyzing"]') as HTMLInputElement | null)?.checked === want,
    {},
    on,
  );
}
