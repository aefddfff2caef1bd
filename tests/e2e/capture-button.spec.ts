/**
 * The Sume button on TikTok and Instagram videos, told as what a person does and sees. The pages
 * are local fixtures served under the real hostnames (tests/fixtures); each one marks which of
 * its elements must carry exactly one button and which must carry none, so every check compares
 * the page with the fixture's own marks (pages/button-audit.ts), not with numbers from this file.
 */
import type { Worker } from '@playwright/test';
import { FIXTURES, fixture, type FixtureName } from '../fixtures';
import type { CaptureStatus } from '../../lib/in-page/capture-state';
import { EAGER_BUTTONS } from '../../lib/in-page/capture-controller';
import { DRIFTS } from '../fixtures/drift';
import { KEEP_ALL_PARAMETER } from '../fixtures/keep-all';
import { driftedUrl, serveFixtureSites } from './fixture-sites';
import { expect, test as extensionTest } from './fixtures';
import { ButtonSettings } from './pages/button-settings';
import { questionShown } from './pages/confirmation-frame';
import { PlatformPage } from './pages/platform-page';

const test = extensionTest.extend<{ openSite: (url: string) => Promise<PlatformPage> }>({
  openSite: async ({ context }, use) => {
    await serveFixtureSites(context);
    await use(async (url) => PlatformPage.open(await context.newPage(), url));
  },
});

const urlOf = (name: FixtureName) => fixture(name).urls[0] ?? '';

type Phase = Exclude<CaptureStatus, 'ready'>;

/**
 * Puts reels in a state the way the background would find them: by writing their capture records
 * (the e2e build's test hook); the buttons follow from the records. Null removes a reel's captures.
 */
async function publish(serviceWorker: Worker, changes: Record<string, { status: Phase; message?: string } | null>): Promise<void> {
  await serviceWorker.evaluate(
    (c) => (globalThis as unknown as { __sumeTest: { setCaptureStates(c: unknown): Promise<void> } }).__sumeTest.setCaptureStates(c),
    changes,
  );
}

function state(status: Phase, extra: { message?: string } = {}) {
  return { status, ...extra };
}

test.describe('every video gets one button', () => {
  for (const { name, urls } of FIXTURES) {
    test(`${name}: every video has exactly one button with its own URL, and nothing else has one`, async ({ openSite }) => {
      for (const url of urls) {
        const site = await openSite(url);
        await site.expectOneButtonPerExpectedItemToStay();
        await site.page.close();
      }
    });
  }
});

test.describe('when the sites change their markup', () => {
  // The same pages after a rebuild renamed or dropped class names, data-e2e, ids and elements
  // (tests/fixtures/drift.ts): the second strategy binds what it can prove and nothing else.
  // What a person then does on each page: more of the feed, another video, the next one.
  const steps: Record<FixtureName, [action: string, ...args: unknown[]][]> = {
    'tiktok-foryou': [['append', 4]],
    'tiktok-video': [['openCreatorVideo', 0]],
    'tiktok-profile': [['openModal', 0], ['next']],
    // Not in FIXTURES (a results grid binds no video): the batch stories select on it.
    'tiktok-search': [],
    'instagram-reels': [['next'], ['next']],
    'instagram-reel': [['openMorePost', 1]],
    'instagram-home': [['append', 4]],
    'instagram-profile-modal': [['openModal', 0], ['next']],
  };
  for (const drift of DRIFTS) {
    for (const { name, urls } of FIXTURES) {
      test(`${name}, ${drift}: every video still has exactly one button with its own URL, and nothing else has one`, async ({ openSite }) => {
        const site = await openSite(driftedUrl(urls[0] ?? '', drift));
        let bound = (await site.expectOneButtonPerExpectedItemToStay()).length;
        for (const [action, ...args] of steps[name]) {
          await site.call(action, ...args);
          bound += (await site.expectOneButtonPerExpectedItemToStay()).length;
        }
        // Not a story of pages with nothing to bind (a profile grid starts with no video meant).
        expect(bound).toBeGreaterThan(0);
      });
    }
  }
});

test('TikTok For You: after 1,000 more videos and virtualization every video present still has one button', async ({ openSite }) => {
  const feed = await openSite(urlOf('tiktok-foryou'));
  expect((await feed.expectOneButtonPerExpectedItem()).length).toBeGreaterThan(0);

  // In chunks, scrolling to the newest video each time, as an evening of scrolling does; the
  // feed keeps only the last few items in the DOM and the page's own loader adds more.
  let total = 0;
  while (total < 1_000) {
    await feed.call('append', 200);
    total += 200;
    const items = await feed.call<{ mounted: boolean }[]>('items');
    await feed.call('scrollTo', items.length - 1);
    const expected = await feed.expectOneButtonPerExpectedItem();
    expect(expected.length).toBeGreaterThan(0);
  }
  const items = await feed.call<{ index: number; mounted: boolean; url: string | null }[]>('items');
  expect(items.length).toBeGreaterThanOrEqual(1_008);
  // The first videos are long gone from the DOM, and so are their buttons.
  const firstVideo = items.find((item) => item.url)?.url ?? '';
  expect(items[0]?.mounted).toBe(false);
  await expect(feed.hosts.and(feed.page.locator(`[data-sume-url="${firstVideo}"]`))).toHaveCount(0);

  await feed.call('virtualize', 3);
  const remaining = await feed.expectOneButtonPerExpectedItem();
  await expect(feed.hosts).toHaveCount(remaining.length);
});

test('a feed that keeps every video in the page: past 200, buttons come as videos near the screen, leave far from it, and follow a jump', async ({
  openSite,
}) => {
  const feed = await openSite(`${urlOf('tiktok-foryou')}?${KEEP_ALL_PARAMETER}`);
  await feed.call('append', 1_000);
  const items = await feed.call<{ index: number; mounted: boolean; url: string | null }[]>('items');
  const videos = items.filter((item): item is typeof item & { url: string } => item.mounted && item.url !== null);
  expect(videos.length).toBeGreaterThan(EAGER_BUTTONS + 200);
  /** Every button there is sits on its own video, once; the only videos without one are far from the screen. */
  const expectRightButtonsNear = async (index: number) => {
    const near = videos.filter((video) => Math.abs(video.index - index) <= 1).map((video) => video.url);
    for (const url of near) await expect(feed.host(url), `the button of ${url}`).toHaveCount(1);
    const { problems } = await feed.audit();
    expect(problems.filter((problem) => !/ has 0 buttons$| buttons on the page for /.test(problem))).toEqual([]);
  };

  // At the top, the first videos carry their buttons; the last ones, far away, none yet.
  const first = videos[0] as (typeof videos)[number];
  const last = videos[videos.length - 1] as (typeof videos)[number];
  await expectRightButtonsNear(first.index);
  await expect(feed.host(last.url)).toHaveCount(0);
  expect(await feed.hosts.count()).toBeLessThan(videos.length);

  // A jump to the very end (the End key, a link to a far video): its video gets its button.
  await feed.call('scrollTo', last.index);
  await expectRightButtonsNear(last.index);
  // Back up a screen at a time, as a person scrolls.
  for (const video of videos.slice(-8, -1).reverse()) {
    await feed.call('scrollTo', video.index);
    await expectRightButtonsNear(video.index);
  }
  // Then to the middle: the end is far again, and its buttons are taken off.
  const middle = videos[Math.floor(videos.length * 0.6)] as (typeof videos)[number];
  await feed.call('scrollTo', middle.index);
  await expectRightButtonsNear(middle.index);
  await expect(feed.host(last.url)).toHaveCount(0);
  await feed.call('scrollTo', first.index);
  await expectRightButtonsNear(first.index);
});

test('a site re-render keeps exactly one button on the item', async ({ openSite }) => {
  const feed = await openSite(urlOf('tiktok-foryou'));
  const [first] = await feed.expectOneButtonPerExpectedItem();
  expect(first).toBeDefined();
  // More often than the extension would put back a button the site itself took away.
  for (let i = 0; i < 5; i++) {
    await feed.rerender(0);
    await feed.expectOneButtonPerExpectedItem();
    await expect(feed.host(first ?? '')).toHaveCount(1);
  }

  const cases: { url: string; rerender: (site: PlatformPage) => Promise<unknown> }[] = [
    { url: urlOf('tiktok-video'), rerender: (site) => site.rerender() },
    {
      url: urlOf('tiktok-profile'),
      rerender: async (site) => {
        await site.openModal(0);
        await site.rerender('overlay');
      },
    },
    { url: urlOf('instagram-reel'), rerender: (site) => site.rerender() },
    { url: urlOf('instagram-reels'), rerender: (site) => site.rerender(0) },
    { url: urlOf('instagram-home'), rerender: (site) => site.rerender(0) },
  ];
  for (const { url, rerender } of cases) {
    const site = await openSite(url);
    await site.expectOneButtonPerExpectedItem();
    await rerender(site);
    const expected = await site.expectOneButtonPerExpectedItem();
    expect(expected.length, url).toBeGreaterThan(0);
    await site.page.close();
  }
});

test.describe('single-page navigation', () => {
  test('TikTok video page: clicking a creator video moves the player button to the new video', async ({ openSite }) => {
    const site = await openSite(urlOf('tiktok-video'));
    const [first] = await site.expectOneButtonPerExpectedItem();
    expect(first).toBe(urlOf('tiktok-video'));

    const tile = site.page.locator('[data-e2e="user-post-item"] a').first();
    const next = new URL((await tile.getAttribute('href')) ?? '', site.page.url()).href;
    await tile.click();
    await expect(site.page).toHaveURL(next);
    expect(await site.expectOneButtonPerExpectedItem()).toEqual([next]);

    // Back: the first video again, in the same player.
    await site.page.goBack();
    await expect(site.page).toHaveURL(first ?? '');
    expect(await site.expectOneButtonPerExpectedItem()).toEqual([first]);
  });

  test('a URL change that leaves the feed on screen keeps exactly one button per video', async ({ openSite }) => {
    const cases = [
      { url: urlOf('tiktok-foryou'), next: '/foryou?lang=en' },
      { url: urlOf('instagram-home'), next: '/?variant=following' },
    ];
    for (const { url, next } of cases) {
      const site = await openSite(url);
      const before = await site.expectOneButtonPerExpectedItem();
      expect(before.length, url).toBeGreaterThan(1);
      await site.page.evaluate((path) => history.pushState({}, '', path), next);
      expect(await site.expectOneButtonPerExpectedItemToStay(), url).toEqual(before);
      await site.page.close();
    }
  });

  test('TikTok profile: the browse overlay gets the button, the grid under it none, and it follows next and close', async ({ openSite }) => {
    const site = await openSite(urlOf('tiktok-profile'));
    await site.expectOneButtonPerExpectedItemToStay();
    await expect(site.hosts).toHaveCount(0);
    // The pointer over a tile starts its preview player: still only a preview.
    await site.call('hover', 1);
    await site.expectOneButtonPerExpectedItemToStay();
    await expect(site.hosts).toHaveCount(0);

    const tiles = await site.call<{ kind: string; url: string | null }[]>('tiles');
    let expected = await site.openModal(0);
    expect(expected).toEqual([tiles[0]?.url]);
    expect(await site.expectOneButtonPerExpectedItem()).toEqual(expected);
    await expect(site.page.locator('[class*="DivBrowserModeContainer"] [data-sume-capture]')).toHaveCount(1);

    for (let i = 1; i <= 3; i++) {
      expected = await site.next();
      expect(expected).toEqual(tiles[i]?.url ? [tiles[i]?.url] : []);
      expect(await site.expectOneButtonPerExpectedItem()).toEqual(expected);
    }
    expect(
      tiles.slice(0, 4).some((t) => t.url === null),
      'a photo post is among them',
    ).toBe(true);

    await site.closeModal();
    await site.expectOneButtonPerExpectedItem();
    await expect(site.hosts).toHaveCount(0);
  });

  test('Instagram reels feed: as the URL moves to the next reel, the one button moves with it', async ({ openSite }) => {
    const feed = await openSite(urlOf('instagram-reels'));
    const [first] = await feed.expectOneButtonPerExpectedItem();
    expect(first).toBe('https://www.instagram.com/reel/C3xYz_AbC-1/');

    const seen = new Set([first]);
    for (let i = 0; i < 4; i++) {
      const [current] = await feed.next();
      expect(seen.has(current), 'next() shows a reel not seen yet').toBe(false);
      seen.add(current);
      expect(await feed.expectOneButtonPerExpectedItem()).toEqual([current]);
      await expect(feed.hosts).toHaveCount(1);
    }
    // Back up with the keyboard, as people do on the reels feed.
    await feed.page.keyboard.press('ArrowUp');
    const [back] = await feed.expectedUrls();
    expect(await feed.expectOneButtonPerExpectedItem()).toEqual([back]);
  });

  test('Instagram profile: the post dialog gets the button with its permalink, and none once closed', async ({ openSite }) => {
    const site = await openSite(urlOf('instagram-profile-modal'));
    await site.expectOneButtonPerExpectedItemToStay();
    await expect(site.hosts).toHaveCount(0);

    const tiles = await site.call<{ url: string | null }[]>('tiles');
    let expected = await site.openModal(0);
    expect(expected).toEqual([tiles[0]?.url]);
    expect(await site.expectOneButtonPerExpectedItem()).toEqual(expected);
    await expect(site.page.locator('[role="dialog"] [data-sume-capture]')).toHaveCount(1);

    for (let i = 1; i <= 3; i++) {
      expected = await site.next();
      expect(expected).toEqual(tiles[i]?.url ? [tiles[i]?.url] : []);
      expect(await site.expectOneButtonPerExpectedItem()).toEqual(expected);
    }

    await site.closeModal();
    await site.expectOneButtonPerExpectedItem();
    await expect(site.hosts).toHaveCount(0);
  });
});

test.describe('capture states from the background', () => {
  test('a state the background publishes shows on that video’s button only, and null brings it back to ready', async ({ openSite, serviceWorker }) => {
    const feed = await openSite(urlOf('tiktok-foryou'));
    const [first, second, third] = await feed.expectOneButtonPerExpectedItem();
    if (!first || !second || !third) throw new Error('the For You feed needs three videos');
    await feed.expectState(first, 'ready');

    await publish(serviceWorker, { [second]: state('analyzing') });
    await feed.expectState(second, 'analyzing');
    expect((await feed.reading(second))?.busy).toBe(true);
    expect((await feed.reading(second))?.announced).toBe('Sume is analyzing the video.');
    await feed.expectState(first, 'ready');
    await feed.expectState(third, 'ready');

    const message = 'Sume could not download this video, it may be private';
    await publish(serviceWorker, { [second]: state('failed', { message }) });
    await feed.expectState(second, 'failed');
    // Shown under the button, spoken once, and part of its name: all inside its closed root.
    const failed = await feed.reading(second);
    expect(failed?.note).toContain(message);
    expect(failed?.announced).toContain(message);
    expect(failed?.name).toMatch(new RegExp(`^Retry with Sume: the video by @.*${message}`));
    expect((await feed.reader.buttons()).filter((b) => /^Retry/.test(b.name))).toHaveLength(1);
    await feed.expectState(first, 'ready');

    await publish(serviceWorker, { [second]: null });
    await feed.expectState(second, 'ready');
    expect((await feed.reading(second))?.note).toBe('');
    expect((await feed.reader.buttons()).every((b) => b.state === 'ready')).toBe(true);
  });

  test('states published before the page loads are shown as soon as the buttons appear', async ({ context, openSite, serviceWorker }) => {
    const probe = await openSite(urlOf('tiktok-foryou'));
    const [first, , third] = await probe.expectOneButtonPerExpectedItem();
    if (!first || !third) throw new Error('the For You feed needs three videos');
    await probe.page.close();

    // No tab is open to be told: the page has to ask for them.
    await publish(serviceWorker, { [first]: state('done'), [third]: state('queued') });
    expect(context.pages().some((page) => page.url().includes('tiktok.com'))).toBe(false);

    const feed = await openSite(urlOf('tiktok-foryou'));
    await feed.expectOneButtonPerExpectedItem();
    await feed.expectState(first, 'done');
    await feed.expectState(third, 'queued');
    const buttons = await feed.reader.buttons();
    expect(buttons.filter((b) => b.state === 'ready')).toHaveLength(buttons.length - 2);
    // A state that was already there when the page loaded is not news: nothing is announced.
    expect(buttons.map((b) => b.announced)).toEqual(buttons.map(() => ''));
  });
});

/** What a video player listens to: play/pause on click, shortcuts on keys, its own menu on right-click. */
const PLAYER_EVENTS = ['click', 'dblclick', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'contextmenu'];

test('the button is a named, keyboard-reachable button whose clicks, keys and right-clicks never reach the site’s player', async ({ openSite }) => {
  const feed = await openSite(urlOf('tiktok-foryou'));
  const expected = await feed.expectOneButtonPerExpectedItem();
  const [url] = expected;
  if (!url) throw new Error('the For You feed needs a video');
  const names = (await feed.reader.buttons()).map((b) => b.name);
  expect(names).toHaveLength(expected.length);
  for (const name of names) expect(name).toMatch(/^Analyze with Sume: the video by @\S+$/);

  const heard = await feed.listenAsTheSite(url, PLAYER_EVENTS);
  // The same listeners do hear the site's own controls: the checks below could fail.
  const volume = feed.item(url).getByRole('button', { name: 'Volume' });
  await volume.click();
  await volume.click({ button: 'right' });
  expect(await heard()).toEqual(expect.arrayContaining(['click on item', 'pointerdown on item', 'mousedown on item', 'contextmenu on item']));

  // From the search box at the top, Tab reaches the first video's button; Enter and Space press it.
  await feed.page.getByRole('searchbox', { name: 'Search' }).focus();
  for (let presses = 0; presses < 30 && !(await feed.isFocused(url)); presses++) await feed.page.keyboard.press('Tab');
  expect(await feed.isFocused(url)).toBe(true);
  await heard();
  // Not connected: the question says so, in the extension's frame; Escape closes it and the focus comes back.
  await feed.page.keyboard.press('Enter');
  await expect.poll(() => questionShown(feed.page)).toBe(true);
  await feed.page.keyboard.press('Escape');
  await expect.poll(() => questionShown(feed.page)).toBe(false);
  await expect.poll(() => feed.isFocused(url)).toBe(true);
  await feed.page.keyboard.press('Space');
  await expect.poll(() => questionShown(feed.page)).toBe(true);
  await feed.page.keyboard.press('Escape');
  await expect.poll(() => feed.isFocused(url)).toBe(true);
  await feed.host(url).click();
  await feed.page.keyboard.press('Escape');
  await feed.host(url).click({ button: 'right' });
  expect(await heard()).toEqual([]);
});

test('switching TikTok off in the settings removes its buttons from open tabs at once, and on brings them back', async ({
  openSite,
  openOptions,
  serviceWorker,
}) => {
  const tiktok = await openSite(urlOf('tiktok-foryou'));
  const tiktokVideos = await tiktok.expectOneButtonPerExpectedItem();
  expect(tiktokVideos.length).toBeGreaterThan(0);
  const instagram = await openSite(urlOf('instagram-home'));
  const instagramVideos = await instagram.expectOneButtonPerExpectedItem();
  // A reload would lose this.
  await tiktok.page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const settings = new ButtonSettings((await openOptions()).page);
  await expect(settings.tiktok).toBeChecked();
  await settings.set(settings.tiktok, false);
  await expect(tiktok.hosts).toHaveCount(0);
  await expect(instagram.hosts).toHaveCount(instagramVideos.length);

  await settings.set(settings.tiktok, true);
  expect(await tiktok.expectOneButtonPerExpectedItem()).toEqual(tiktokVideos);
  expect(await tiktok.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await instagram.expectOneButtonPerExpectedItem();

  // Off stays off for pages opened later.
  await settings.set(settings.tiktok, false);
  await expect(tiktok.hosts).toHaveCount(0);
  const later = await openSite(urlOf('tiktok-video'));
  // Wait until its content script has started and asked for the settings (not a blind sleep),
  // then give its answer a moment to land before looking.
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        (url: string) => (globalThis as unknown as { __sumeTest: { settingsAsked(u: string): number } }).__sumeTest.settingsAsked(url),
        later.page.url(),
      ),
    )
    .toBeGreaterThan(0);
  await later.page.waitForTimeout(250);
  await expect(later.hosts).toHaveCount(0);
});

test('screenshots of the button for people to look over', async ({ openSite, serviceWorker }) => {
  const feed = await openSite(urlOf('tiktok-foryou'));
  const [first] = await feed.expectOneButtonPerExpectedItem();
  if (!first) throw new Error('the For You feed needs a video');
  await feed.screenshot('capture-button-tiktok-foryou');

  await publish(serviceWorker, { [first]: state('analyzing') });
  await feed.expectState(first, 'analyzing');
  await feed.screenshot('capture-button-tiktok-foryou-analyzing');
  await publish(serviceWorker, { [first]: state('failed', { message: 'Sume could not download this video.' }) });
  await feed.expectState(first, 'failed');
  await feed.screenshot('capture-button-tiktok-foryou-failed');
  // States are remembered per video: forget this one, or the video page below would show it too.
  await publish(serviceWorker, { [first]: null });

  for (const [name, url] of [
    ['tiktok-video', urlOf('tiktok-video')],
    ['instagram-reel', urlOf('instagram-reel')],
  ] as const) {
    const site = await openSite(url);
    await site.expectOneButtonPerExpectedItem();
    await site.screenshot(`capture-button-${name}`);
  }
});
