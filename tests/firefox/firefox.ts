/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox),
 * with the e2e build installed under its fixed gecko id. /work/shared/browser-testing.md.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD } from '../e2e/extension-build';

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
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  return { browser, uuid, installedId: await browser.installExtension(FIREFOX_E2E_BUILD) };
}
