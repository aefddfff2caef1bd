/**
 * Sume Capture in another language, and in a pseudo-locale that makes every message longer.
 * French: Chromium started with --lang=fr picks the French messages, and a person goes from the
 * welcome page to a finished analysis without meeting English, with axe finding nothing.
 * Pseudo-locale: a copy of the build whose English messages are accented and 40% longer; every
 * page and the popup keep their text inside (no sideways overflow, the popup within 600 px), and
 * no control or heading shows text that skipped the locale files.
 */
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { french } from '../../locales/fr';
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { CHROME_E2E_BUILD } from './extension-build';
import { expectNoHorizontalOverflow, untranslatedInterfaceText } from './layout-checks';
import { makePseudoLocaleBuild } from './pseudo-locale';
import { SidePanel } from './pages/side-panel';
import { SelectMode } from './pages/select-mode';
import type { PlatformPage } from './pages/platform-page';
import { captureBeside, captureLightAndDark } from './screenshots';

const REEL = fixture('tiktok-video').urls[0] ?? '';
/** A message with `{placeholders}` as a pattern that matches it filled with any non-space text. */
const filled = (message: string) => new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-zA-Z]+\}/g, '\\S+')}$`);

/** Connects on the welcome page through fields found by name, whatever language labels them. */
async function connectOnWelcome(page: Page, baseUrl: string, apiKey: string): Promise<void> {
  await page.locator('details.advanced summary').click();
  await page.locator('input[name="baseUrl"]').fill(baseUrl);
  await page.locator('input[name="apiKey"]').fill(apiKey);
  await page.locator('input[name="apiKey"]').press('Enter');
  await expect(page.getByTestId('connection-ok')).toBeVisible();
}

/** Connected on the welcome page, select mode on the profile grid, three tiles ticked, "Analyze 3" in the bar's language. */
async function askAboutThreeTiles(
  context: BrowserContext,
  extensionId: string,
  baseUrl: string,
  apiKey: string,
  openSite: (url: string) => Promise<PlatformPage>,
  analyze: RegExp,
) {
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await connectOnWelcome(welcome, baseUrl, apiKey);
  const site = await openSite(fixture('tiktok-profile').urls[0] ?? '');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('select-videos').click();
  await site.page.bringToFront();
  const mode = new SelectMode(site.page);
  await expect.poll(async () => (await mode.tiles()).length).toBeGreaterThan(3);
  for (const tile of (await mode.tiles()).slice(0, 3)) await mode.clickTile(tile.href);
  const bar = await mode.bar();
  const question = await mode.analyze(context, analyze);
  await question.setViewportSize({ width: 460, height: 640 });
  return { mode, bar, question };
}

test.describe('in French', () => {
  test.use({ extraChromiumArgs: ['--lang=fr'] });

  test('welcome, the Sume button, its question, the popup and the captures page speak French; axe finds nothing', async ({
    context,
    extensionId,
    sandbox,
    openSite,
    reelButton,
    openAnalyzePopup,
    openCaptures,
  }) => {
    test.setTimeout(90_000);
    const welcome = await context.newPage();
    await welcome.setViewportSize({ width: 900, height: 900 });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await expect(welcome.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(french.settings.welcomeTitle);
    await expect(welcome).toHaveTitle(french.settings.welcomeTitle);
    await connectOnWelcome(welcome, sandbox.baseUrl, sandbox.demoKey);
    await expect(welcome.getByTestId('connection-ok')).toContainText(french.settings.connected);
    await expectNoAxeViolations(welcome, 'the welcome page in French');
    await captureLightAndDark(welcome, 'fr-welcome-connected');

    const site = await openSite(REEL);
    const button = reelButton(site, REEL);
    await expect.poll(async () => (await button.read())?.name).toMatch(filled(french.inPage.readyBy));
    await button.click();
    await expect(await button.confirm.title()).toHaveText(french.popup.confirmTitle);
    // The first analysis: the price is not known yet, the balance is, in French words and numbers.
    await expect(await button.confirm.credits()).toHaveText(filled(french.popup.creditsPriceLaterHave));
    await site.page.screenshot({ path: 'test-results/screenshots/fr-confirmation.png' });
    await button.confirm.choose(french.popup.analyze);
    await button.expectState('done', UNTIL_DONE);
    expect((await button.read())?.name).toMatch(filled(french.inPage.doneBy));
    await expectAnalyses(sandbox, [REEL]);

    const popup = await openAnalyzePopup();
    await popup.page.setViewportSize({ width: 360, height: 600 });
    await expect(popup.recentCaptures).toHaveCount(1);
    await expect(popup.page.getByRole('heading', { name: french.popup.recentTitle })).toBeVisible();
    await expectNoAxeViolations(popup.page, 'the popup in French');
    await captureLightAndDark(popup.page, 'fr-popup');

    const [capture] = (await sandbox.state()).jobs;
    const captures = await openCaptures();
    await expect(captures.page).toHaveTitle(french.captures.pageTitle);
    await expect(captures.rows).toHaveCount(1);
    const id = await captures.rows.first().getAttribute('data-capture-id');
    await captures.page.goto(`chrome-extension://${extensionId}/captures.html#${encodeURIComponent(id ?? '')}`);
    await expect(captures.result).toBeVisible();
    expect(capture?.source_url).toBe(REEL);
    await expectNoAxeViolations(captures.page, 'the captures page in French');
    await captureLightAndDark(captures.page, 'fr-captures-result');

    // The side panel beside the video, which it names and shows analyzed.
    const panel = await SidePanel.open(await context.newPage(), extensionId);
    await expect(panel.page.getByRole('heading', { name: french.panel.nowWatching })).toBeVisible();
    await expect(panel.video).toHaveAttribute('data-url', REEL);
    await expect(panel.result).toBeVisible();
    await expectNoAxeViolations(panel.page, 'the side panel in French');
    await captureBeside(site.page, panel.page, 'fr-side-panel-beside-video');
  });
});

test.describe('batch capture in French', () => {
  test.use({ extraChromiumArgs: ['--lang=fr'] });

  test('select mode’s bar and the batch question speak French; axe finds nothing', async ({ context, extensionId, sandbox, openSite }) => {
    const { bar, question } = await askAboutThreeTiles(context, extensionId, sandbox.baseUrl, sandbox.demoKey, openSite, /^Analyser 3 vidéos$/);
    expect(bar?.count).toBe('3 sélectionnées');
    expect(bar?.buttons.map((button) => button.name)).toEqual([french.batch.selectAllVisible, french.batch.clear, 'Analyser 3 vidéos', french.batch.done]);
    await expect(question.getByRole('heading', { level: 1 })).toHaveText('Analyser 3 vidéos ?');
    await expect(question).toHaveTitle(french.batch.windowTitle);
    await expectNoAxeViolations(question, 'the batch question in French');
    await captureLightAndDark(question, 'fr-batch-question');
  });
});

test.describe('in a pseudo-locale (every message accented and 40% longer)', () => {
  const pseudoBuild = path.join(os.tmpdir(), `sume-pseudo-locale-${process.pid}`);
  test.use({ extensionDir: pseudoBuild });
  test.beforeAll(async () => makePseudoLocaleBuild(CHROME_E2E_BUILD, pseudoBuild));

  async function expectFitsAndTranslated(page: Page, where: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    await captureLightAndDark(page, `pseudo-${where}`);
    await expectNoHorizontalOverflow(page, where);
    expect(await untranslatedInterfaceText(page), `${where}: interface text that skipped the locale files`).toEqual([]);
  }

  test('the welcome page, settings, the popup, its question and the captures page keep long text inside', async ({
    context,
    extensionId,
    sandbox,
    openSite,
    openAnalyzePopup,
    openCaptures,
  }) => {
    test.setTimeout(120_000);
    const welcome = await context.newPage();
    await welcome.setViewportSize({ width: 800, height: 900 });
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await expectFitsAndTranslated(welcome, 'welcome-new');
    await connectOnWelcome(welcome, sandbox.baseUrl, sandbox.demoKey);
    await expectFitsAndTranslated(welcome, 'welcome-connected');

    const settings = await context.newPage();
    await settings.setViewportSize({ width: 800, height: 900 });
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(settings.getByTestId('connection-ok')).toBeVisible();
    await expectFitsAndTranslated(settings, 'settings');

    await openSite(REEL);
    const popup = await openAnalyzePopup();
    await popup.page.setViewportSize({ width: 360, height: 600 });
    await expect(popup.page.locator('.analyze__start button.sc-button--primary')).toBeVisible();
    await expectFitsAndTranslated(popup.page, 'popup-reel-on-tab');
    await popup.page.locator('.analyze__start button.sc-button--primary').first().click();
    await popup.confirm.ready();
    await expectFitsAndTranslated(popup.page, 'popup-asking');
    const height = await popup.page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(height, 'the popup, asking, fits in 600 px').toBeLessThanOrEqual(600);

    const captures = await openCaptures();
    await captures.page.setViewportSize({ width: 1000, height: 800 });
    await expectFitsAndTranslated(captures.page, 'captures-empty');

    const panel = await SidePanel.open(await context.newPage(), extensionId);
    await expect(panel.video).toBeVisible();
    await expectFitsAndTranslated(panel.page, 'side-panel');
  });
  test('the batch question keeps long text inside', async ({ context, extensionId, sandbox, openSite }) => {
    const { question } = await askAboutThreeTiles(context, extensionId, sandbox.baseUrl, sandbox.demoKey, openSite, /^\[Àñàļýžé 3 /);
    await expect(question.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFitsAndTranslated(question, 'batch-question');
  });
});
