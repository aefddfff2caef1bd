/**
 * Batch capture from a grid: select mode on a creator's profile, tiles ticked by a person (a range
 * with shift, some leaving the DOM as the grid virtualizes and coming back ticked), one question in
 * the extension's own window with the total and what was analyzed before, then every new one sent
 * once — through a rate limit and a server error — and paid for exactly once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startChromiumWithExtension } from './chromium-args';
import { CHROME_E2E_BUILD } from './extension-build';
import { serveFixtureSites } from './fixture-sites';
import { OptionsPage } from './pages/options-page';
import { PlatformPage } from './pages/platform-page';
import { PopupPage } from './pages/popup-page';
import { SidePanel } from './pages/side-panel';
import { fixture, type FixtureWindow } from '../fixtures';
import { analysisRequests, expectAnalyses, expect, INITIAL_CREDITS, test, UNTIL_DONE } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { captureLightAndDark } from './screenshots';
import { SelectMode } from './pages/select-mode';
import type { SandboxDriver } from './sandbox-driver';

const PROFILE = fixture('tiktok-profile').urls[0] ?? '';

interface GridTile {
  kind: string;
  url: string | null;
  path: string;
}

const gridTiles = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.tiles?.() as GridTile[]);
const keepTiles = (page: Page, from: number, to: number) =>
  page.evaluate(([a, b]) => (window as unknown as FixtureWindow).__fixture.keepTiles?.(a ?? 0, b ?? 0), [from, to]);

/** Select mode, started as a person does: "Select videos" in the popup beside the grid. */
async function startSelectMode(site: PlatformPage, openPopup: () => Promise<{ page: Page }>): Promise<SelectMode> {
  const popup = await openPopup();
  await popup.page.getByTestId('select-videos').click();
  await site.page.bringToFront();
  const mode = new SelectMode(site.page);
  await mode.expectOn();
  return mode;
}

const href = (tile: GridTile) => `https://www.tiktok.com${tile.path}`;
/** How the question writes a video's link: whole, without the scheme. */
const linkShown = (url: string) => url.replace(/^https:\/\/(www\.)?/, '');

/** The profile grid, its video tiles, and select mode on it (started from the popup). */
async function openGrid(
  openSite: (url: string) => Promise<PlatformPage>,
  openPopup: () => Promise<{ page: Page }>,
): Promise<{ site: PlatformPage; videos: GridTile[]; mode: SelectMode }> {
  const site = await openSite(PROFILE);
  const videos = (await gridTiles(site.page)).filter((tile) => tile.kind === 'video');
  const mode = await startSelectMode(site, openPopup);
  await expect.poll(async () => (await mode.tiles()).length).toBe(videos.length);
  return { site, videos, mode };
}

async function jobsFor(sandbox: SandboxDriver): Promise<string[]> {
  return (await sandbox.state()).jobs.map((job) => job.source_url ?? '');
}

test('twelve tiles ticked on a virtualized profile grid, three analyzed before: one question, nine jobs, paid once, through a 429 and a 500', async ({
  connect,
  openSite,
  openPopup,
  openCaptures,
  context,
  sandbox,
}) => {
  test.setTimeout(90_000);
  await connect();
  const site = await openSite(PROFILE);
  await site.page.evaluate(() => (window as unknown as FixtureWindow).__fixture.append?.(6));
  const tiles = await gridTiles(site.page);
  const videos = tiles.filter((tile) => tile.kind === 'video');
  expect(tiles).toHaveLength(18);
  expect(videos).toHaveLength(15);

  const mode = await startSelectMode(site, openPopup);
  // One checkbox per video tile, none on photo posts; each named for its video.
  await expect.poll(async () => (await mode.tiles()).map((tile) => tile.href)).toEqual(videos.map(href));
  expect((await mode.tiles())[0]?.name).toBe('Select TikTok video by @luna.bakes');
  expect((await mode.bar())?.count).toBe('0 selected');

  // Three first, analyzed and done.
  for (const tile of videos.slice(0, 3)) await mode.clickTile(href(tile));
  expect(await mode.checkedHrefs()).toEqual(videos.slice(0, 3).map(href));
  // Clicking a tile ticks it: it did not open the video.
  expect(new URL(site.page.url()).pathname).toBe('/@luna.bakes');
  const first = await mode.analyze(context);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Analyze 3 videos?');
  // No analysis yet: Sume has not named its price, and the question says what it counts until then.
  await expect(first.getByTestId('batch-cost')).toContainText(
    'Sume names its price with the first analysis; until then each counts as 1 credit: 3 credits in all.',
  );
  await first.getByRole('button', { name: 'Analyze 3' }).click();
  await expect(first.getByTestId('batch-decided')).toContainText('Sent to Sume: 3. Saved for later: 0.');
  await expectAnalyses(
    sandbox,
    videos.slice(0, 3).map((tile) => tile.url ?? ''),
  );
  const captures = await openCaptures();
  await expect.poll(async () => captures.page.locator('[data-capture-id][data-phase="done"]').count(), UNTIL_DONE).toBe(3);
  await captures.page.close();
  await site.page.bringToFront();
  await expect.poll(async () => (await mode.bar())?.note).toBe('Sent to Sume: 3. Saved for later: 0.');

  // Twelve: a shift-click range over the first six tiles (a photo among them gets no tick)…
  await mode.clickTile(href(videos[0]!));
  await mode.clickTile(href(tiles[5]!), { shift: true });
  expect(await mode.checkedHrefs()).toEqual(videos.slice(0, 5).map(href));
  // …the grid virtualizes them away, seven more are ticked…
  expect(await keepTiles(site.page, 6, 18)).toBe(12);
  await expect.poll(async () => (await mode.tiles()).length).toBe(10);
  for (const tile of videos.slice(5, 12)) await mode.clickTile(href(tile));
  // …and the first ones come back still ticked.
  await keepTiles(site.page, 0, 18);
  await expect.poll(async () => (await mode.checkedHrefs()).length).toBe(12);
  expect((await mode.bar())?.count).toBe('12 selected');
  await site.page.evaluate(() => scrollTo(0, 0));
  await captureLightAndDark(site.page, 'select-mode-tiktok', { fullPage: false });

  const window = await mode.analyze(context);
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Analyze 9 videos?');
  const list = window.getByTestId('batch-list').getByRole('listitem');
  await expect(list).toHaveCount(12);
  await expect(list.filter({ hasText: 'Analyzed before' })).toHaveCount(3);
  await expect(window.getByTestId('batch-cost')).toContainText('5 credits each: 45 credits in all.');
  await expect(window.getByTestId('batch-cost')).toContainText(`Your balance: ${INITIAL_CREDITS - 15} credits.`);
  await expectNoAxeViolations(window, 'the batch question');
  // Pictured at the window's own size (lib/background/register-batches.ts): the decision stays in view as the list scrolls.
  await window.setViewportSize({ width: 460, height: 640 });
  await captureLightAndDark(window, 'batch-question', { fullPage: false });

  // Sume is busy: the first send is told to wait, another answers 500. The batch slows, nothing fails.
  await sandbox.injectFault({ method: 'POST', path: '/api/v1/reference-analysis', status: 429, retryAfter: 1, times: 1 });
  await sandbox.injectFault({ method: 'POST', path: '/api/v1/reference-analysis', status: 500, times: 1 });
  await window.getByRole('button', { name: 'Analyze 9' }).click();
  await expect(window.getByTestId('batch-decided')).toContainText('Sent to Sume: 9. Saved for later: 0.');

  const urls = videos.slice(0, 12).map((tile) => tile.url ?? '');
  await expect.poll(async () => (await jobsFor(sandbox)).length, { timeout: 30_000 }).toBe(12);
  await expectAnalyses(sandbox, urls);
  // Each was asked for until Sume took it: twelve taken, and the two refusals, nothing more.
  const statuses = (await analysisRequests(sandbox)).map((request) => request.status);
  expect(statuses.filter((status) => status === 429 || status === 500).sort()).toEqual([429, 500]);
  expect(statuses.filter((status) => status < 300)).toHaveLength(12);
  // The selection was cleared; the bar says what happened.
  await site.page.bringToFront();
  expect(await mode.checkedHrefs()).toEqual([]);
  await expect.poll(async () => (await mode.bar())?.note).toBe('Sent to Sume: 9. Saved for later: 0.');
});

test('credits for only five of nine: five go now, four are saved for later and go by themselves after a top-up, once each', async ({
  connect,
  openSite,
  openPopup,
  openCaptures,
  context,
  sandbox,
  extension,
  extensionId,
}) => {
  test.setTimeout(60_000);
  // Sume's price is 1 here, and the balance pays for five.
  await sandbox.configure({ requiredCredits: 1 });
  await connect();
  await sandbox.setRemainingCredits(5);
  const { videos, mode } = await openGrid(openSite, openPopup);
  await mode.clickBarButton('Select all visible');
  const ticked = await mode.checkedHrefs();
  expect(ticked.length).toBeGreaterThanOrEqual(5);
  // Nine ticked: untick what is beyond the ninth (or tick more), as a person would.
  for (const tile of videos) {
    const n = (await mode.checkedHrefs()).length;
    if (n === 9) break;
    const on = (await mode.checkedHrefs()).includes(href(tile));
    if ((n > 9 && on) || (n < 9 && !on)) await mode.clickTile(href(tile));
  }
  expect(await mode.checkedHrefs()).toHaveLength(9);

  const window = await mode.analyze(context);
  await expect(window.getByTestId('batch-short')).toContainText('Your balance pays for 5 of these 9.');
  await window.setViewportSize({ width: 460, height: 640 });
  await captureLightAndDark(window, 'batch-question-short', { fullPage: false });
  await window.getByRole('button', { name: 'Analyze 5 now, save 4 for later' }).click();
  await expect(window.getByTestId('batch-decided')).toContainText('Sent to Sume: 5. Saved for later: 4.');
  const selected = (await extension.captures()).map((capture) => capture.url);
  expect(selected).toHaveLength(9);
  await expect.poll(async () => (await sandbox.state()).jobs.length, UNTIL_DONE).toBe(5);
  expect((await extension.captures()).filter((capture) => capture.waitsForCredits)).toHaveLength(4);

  // The batch is one group on the captures page: what is done, what waits for credits.
  const captures = await openCaptures();
  const group = captures.page.getByTestId('batch-group');
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('9 videos from tiktok.com/@luna.bakes');
  await expect(group).toContainText('4 wait for credits', UNTIL_DONE);

  // Topped up: the next look at the balance (the popup opening) sends the four, once each.
  await sandbox.setRemainingCredits(100);
  const popup = await openPopup();
  await expect(popup.page.getByTestId('batch-progress')).toBeVisible();
  await expect.poll(async () => (await sandbox.state()).jobs.length, UNTIL_DONE).toBe(9);
  await expectAnalyses(sandbox, selected, { creditsBefore: 100 + 5 });
  await expect(popup.page.getByTestId('batch-progress')).toContainText('9 of 9 analyzed', UNTIL_DONE);
  await captureLightAndDark(popup.page, 'popup-batch-progress');
  // The side panel beside the grid: "Select videos", and the batch's progress.
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.page.getByTestId('select-videos')).toBeVisible();
  await expect(panel.page.getByTestId('batch-progress')).toContainText('9 of 9 analyzed');
  await captureLightAndDark(panel.page, 'side-panel-batch');
  await expect(group).toContainText('9 videos from tiktok.com/@luna.bakes');
  await captureLightAndDark(captures.page, 'captures-batch');
});

test('the page cannot tick, read or send: synthetic clicks do nothing, the checkboxes are closed to it, and "Analyze" only asks', async ({
  connect,
  openSite,
  openPopup,
  sandbox,
  context,
}) => {
  await connect();
  const { site, mode } = await openGrid(openSite, openPopup);
  const page = await site.page.evaluate(() => {
    // A page script clicks every tile and every host of ours, and looks inside them.
    const hosts = [...document.querySelectorAll('sume-capture-select, sume-capture-select-bar')];
    // (the tiles our checkboxes sit in: a text link elsewhere would simply navigate away)
    for (const host of document.querySelectorAll('sume-capture-select')) host.closest('a')?.click();
    for (const host of hosts) host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, shiftKey: true }));
    return {
      hosts: hosts.length,
      roots: hosts.filter((host) => host.shadowRoot !== null).length,
      attributes: hosts.flatMap((host) => host.getAttributeNames()),
    };
  });
  expect(page.roots).toBe(0);
  expect(page.hosts).toBeGreaterThan(5);
  // The hosts carry a style and nothing else: not which are ticked, not which video.
  expect([...new Set(page.attributes)].sort()).toEqual(['popover', 'style']);
  expect(await mode.checkedHrefs()).toEqual([]);
  // Nothing opened, nothing sent.
  expect(context.pages().some((p) => p.url().includes('/batch.html'))).toBe(false);
  expect((await sandbox.state()).jobs).toHaveLength(0);
  // A person's click does tick; Escape (a person's key) leaves select mode and takes everything away.
  const [first] = await mode.tiles();
  await mode.clickTile(first?.href ?? '');
  expect(await mode.checkedHrefs()).toEqual([first?.href]);
  await site.page.keyboard.press('Escape');
  await expect.poll(async () => site.page.locator('sume-capture-select, sume-capture-select-bar').count()).toBe(0);
});

test('on an Instagram profile grid, reels get a checkbox and photo posts none; the question lists their canonical links', async ({
  connect,
  openSite,
  openPopup,
  context,
}) => {
  await connect();
  const site = await openSite(fixture('instagram-profile-modal').urls[0] ?? '');
  const tiles = (await site.page.evaluate(() => (window as unknown as FixtureWindow).__fixture.tiles?.())) as {
    kind: string;
    gridHref: string;
    url: string | null;
  }[];
  const reels = tiles.filter((tile) => tile.kind === 'reel');
  const mode = await startSelectMode(site, openPopup);
  await expect.poll(async () => (await mode.tiles()).map((tile) => tile.href)).toEqual(reels.map((tile) => tile.gridHref));
  expect((await mode.tiles())[0]?.name).toBe('Select Instagram Reel');
  for (const tile of reels.slice(0, 3)) await mode.clickTile(tile.gridHref);
  await site.page.evaluate(() => scrollTo(0, 0));
  await captureLightAndDark(site.page, 'select-mode-instagram', { fullPage: false });
  const window = await mode.analyze(context);
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Analyze 3 videos?');
  await expect(window.getByTestId('batch-list')).toContainText(linkShown(reels[0]?.url ?? 'none'));
  await window.getByRole('button', { name: 'Cancel' }).click();
  await site.page.bringToFront();
  await expect.poll(async () => (await mode.bar())?.note).toBe('Nothing was sent. Your selection is kept.');
  expect(await mode.checkedHrefs()).toHaveLength(3);
});

test('a batch decided while Sume is down survives quitting the browser, and is sent once after the restart', async ({ sandbox }) => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sume-e2e-batch-restart-'));
  try {
    const first = await startChromiumWithExtension(profile, process.env.SUME_E2E_CHROME_BUILD || CHROME_E2E_BUILD);
    const settings = new OptionsPage(await first.context.newPage());
    await settings.page.goto(`chrome-extension://${first.extensionId}/options.html`);
    await settings.connect(sandbox.baseUrl, sandbox.demoKey);
    await expect(settings.result).toContainText('Connected');
    await serveFixtureSites(first.context);
    const site = await PlatformPage.open(await first.context.newPage(), PROFILE);
    const videos = (await gridTiles(site.page)).filter((tile) => tile.kind === 'video').slice(0, 4);
    const mode = await startSelectMode(site, async () => PopupPage.open(await first.context.newPage(), first.extensionId));
    for (const tile of videos) await mode.clickTile(href(tile));
    const window = await mode.analyze(first.context);
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Analyze 4 videos?');

    await sandbox.stop();
    await window.getByRole('button', { name: 'Analyze 4' }).click();
    await expect(window.getByTestId('batch-decided')).toContainText('Sent to Sume: 4.');
    await first.context.close();

    await sandbox.restart();
    const second = await startChromiumWithExtension(profile, process.env.SUME_E2E_CHROME_BUILD || CHROME_E2E_BUILD);
    try {
      const urls = videos.map((tile) => tile.url ?? '');
      await expect.poll(async () => (await jobsFor(sandbox)).sort(), { timeout: 30_000 }).toEqual([...urls].sort());
      // Give a second delivery every chance to happen: there must be none.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await jobsFor(sandbox)).toHaveLength(4);
    } finally {
      await second.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('select mode by keyboard: the bar takes the focus, a checkbox is a named checkbox that Space ticks, Escape leaves', async ({
  connect,
  openSite,
  openPopup,
}) => {
  await connect();
  const { site, videos, mode } = await openGrid(openSite, openPopup);
  // The bar holds the focus; Shift+Tab goes back to the last tile's checkbox, Space ticks it.
  await site.page.keyboard.press('Shift+Tab');
  await site.page.keyboard.press('Space');
  await expect.poll(() => mode.checkedHrefs()).toEqual([href(videos.at(-1) as GridTile)]);
  await site.page.keyboard.press('Shift+Tab');
  await site.page.keyboard.press('Enter');
  expect(await mode.checkedHrefs()).toHaveLength(2);
  // Nothing the keys did reached the site: it opened no video.
  expect(new URL(site.page.url()).pathname).toBe('/@luna.bakes');
  await site.page.keyboard.press('Escape');
  await expect.poll(async () => mode.bar()).toBeNull();
});

test('the right-click menu on a grid has "Select videos on this grid", and it puts select mode on that page', async ({
  connect,
  openSite,
  extension,
  serviceWorker,
}) => {
  await connect();
  const site = await openSite(PROFILE);
  expect(await extension.hasMenuItem('sume-select-videos')).toBe(true);
  expect(await extension.hasMenuItem('sume-save-moment')).toBe(true);
  // The browser's own menu cannot be clicked in a test: its click is handed to the same handler.
  await serviceWorker.evaluate(async () => {
    type Hooks = { __sumeTest: { batchMenuClick(info: object, tab: object): Promise<unknown> } };
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await chromeApi.tabs.query({ url: 'https://www.tiktok.com/*' });
    await (globalThis as unknown as Hooks).__sumeTest.batchMenuClick({ menuItemId: 'sume-select-videos' }, { id: tab?.id });
  });
  const mode = new SelectMode(site.page);
  await mode.expectOn();
  await expect.poll(async () => (await mode.tiles()).length).toBeGreaterThan(5);
});

test('a batch whose capture Sume refused is one group on the captures page, and "Retry 1 failed" sends that one again, once', async ({
  connect,
  openSite,
  openPopup,
  openCaptures,
  context,
  sandbox,
}) => {
  await connect();
  const { mode, ...grid } = await openGrid(openSite, openPopup);
  const videos = grid.videos.slice(0, 3);
  for (const tile of videos) await mode.clickTile(href(tile));
  const window = await mode.analyze(context);
  // Sume refuses the first one it is sent (a 422 is not retried by itself).
  await sandbox.injectFault({ method: 'POST', path: '/api/v1/reference-analysis', status: 422, code: 'video_unavailable', times: 1 });
  await window.getByRole('button', { name: 'Analyze 3' }).click();
  await expect(window.getByTestId('batch-decided')).toBeVisible();
  await expect.poll(async () => (await sandbox.state()).jobs.length, UNTIL_DONE).toBe(2);

  const captures = await openCaptures();
  const group = captures.page.getByTestId('batch-group');
  await expect(group).toContainText('1 failed', UNTIL_DONE);
  await group.getByRole('button', { name: 'Show' }).click();
  await expect(captures.page.locator('[data-capture-id]')).toHaveCount(3);
  await expect(captures.page.getByText('Showing one batch.')).toBeVisible();
  await expectNoAxeViolations(captures.page, 'the captures page showing one batch, with a failed capture');
  await group.getByRole('button', { name: 'Retry 1 failed' }).click();
  await expectAnalyses(
    sandbox,
    videos.map((tile) => tile.url ?? ''),
  );
  await expect(group).not.toContainText('failed', UNTIL_DONE);
});

test('on TikTok search results, video cards get a checkbox and user, LIVE, photo and sponsored cards none; three from three creators are asked about', async ({
  connect,
  openSite,
  openPopup,
  context,
}) => {
  await connect();
  const site = await openSite(fixture('tiktok-search').urls[0] ?? '');
  const cards = (await gridTiles(site.page)) as GridTile[];
  expect(new Set(cards.map((card) => card.kind))).toEqual(new Set(['video', 'user', 'live', 'photo', 'ad']));
  const videos = cards.filter((card) => card.kind === 'video');
  // A results grid means no video yet: no capture button anywhere.
  expect(await site.expectOneButtonPerExpectedItem()).toEqual([]);
  const mode = await startSelectMode(site, openPopup);
  await expect.poll(async () => (await mode.tiles()).map((tile) => tile.href)).toEqual(videos.map(href));
  const three = [videos[0], videos[1], videos[2]] as GridTile[];
  for (const card of three) await mode.clickTile(href(card));
  const window = await mode.analyze(context);
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Analyze 3 videos?');
  await expect(window.getByText('Selected on tiktok.com/search')).toBeVisible();
  for (const card of three) await expect(window.getByTestId('batch-list')).toContainText(linkShown(card.url ?? 'none'));
});

test('on an Instagram profile’s Reels tab every tile is a reel with a checkbox', async ({ connect, openSite, openPopup }) => {
  await connect();
  const site = await openSite('https://www.instagram.com/atelier.nord/reels/');
  const tiles = (await site.page.evaluate(() => (window as unknown as FixtureWindow).__fixture.tiles?.())) as { kind: string; gridHref: string }[];
  expect(tiles.every((tile) => tile.kind === 'reel')).toBe(true);
  const mode = await startSelectMode(site, openPopup);
  await expect.poll(async () => (await mode.tiles()).map((tile) => tile.href)).toEqual(tiles.map((tile) => tile.gridHref));
  await mode.clickBarButton('Select all visible');
  expect((await mode.checkedHrefs()).length).toBeGreaterThan(0);
});
