/**
 * The side panel follows the video a person watches beside it: which video, whether it was
 * captured, its analysis as the job finishes; and it analyzes it under the popup's rules.
 */
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import type { PlatformPage } from './pages/platform-page';
import { SidePanel } from './pages/side-panel';
import { captureBeside, captureLightAndDark } from './screenshots';

const urlOf = (name: Parameters<typeof fixture>[0]) => fixture(name).urls[0] ?? '';

type FeedItem = { index: number; mounted: boolean; url: string | null };
/** The For You feed's videos in the DOM, with their place in the feed (`scrollTo` takes it). */
async function feedVideos(site: PlatformPage): Promise<(FeedItem & { url: string })[]> {
  return (await site.call<FeedItem[]>('items')).filter((item): item is FeedItem & { url: string } => item.mounted && item.url !== null);
}

test('on the For You feed the panel follows each video scrolled to, and analyzes the one on screen once, its analysis appearing in place', async ({
  connect,
  openSite,
  context,
  extensionId,
  sandbox,
}) => {
  const account = await connect();
  const site = await openSite(urlOf('tiktok-foryou'));
  await site.expectOneButtonPerExpectedItem();
  const panel = await SidePanel.open(await context.newPage(), extensionId);

  const videos = await feedVideos(site);
  expect(videos.length).toBeGreaterThanOrEqual(3);
  for (const video of [videos[1], videos[2], videos[0]] as (typeof videos)[number][]) {
    await site.call('scrollTo', video.index);
    await expect(panel.video).toHaveAttribute('data-url', video.url);
    await expect(panel.notAnalyzed).toBeVisible();
  }
  await captureLightAndDark(panel.page, 'side-panel-foryou');
  await site.page.setViewportSize({ width: 1000, height: 900 });
  await captureBeside(site.page, panel.page, 'side-panel-beside-foryou');
  await expectNoAxeViolations(panel.page, 'the side panel following a video');

  // Analyze from the panel: the question, then one job; the panel shows it through to the analysis.
  const [watched] = videos as [(typeof videos)[number]];
  await panel.analyze.analyzeThisReelButton.click();
  await expect(panel.analyze.confirm.question).toBeVisible();
  await panel.analyze.confirm.click(panel.analyze.confirm.analyzeButton);
  await expect(panel.capture).toBeVisible();
  await expect(panel.capture).toHaveAttribute('data-phase', 'done', UNTIL_DONE);
  await expect(panel.result).toBeVisible();
  await expectAnalyses(sandbox, [watched.url], { creditsBefore: account.remainingCredits });
  await captureLightAndDark(panel.page, 'side-panel-analysis');
  // From the analysis, the library: its hook searched, the field focused.
  await panel.page.getByRole('button', { name: 'Find similar scenes' }).click();
  await expect(panel.searchField).toBeFocused();
  await expect(panel.searchField).toHaveValue('Three things nobody tells you before you buy a standing desk');
  await expect(panel.searchStatus).toContainText('“Three things nobody tells you before you buy a standing desk”');
  await expectNoAxeViolations(panel.page, 'the side panel with an analysis');

  // Scrolled on and back: the next video has none, and the analyzed one shows its analysis again.
  await site.call('scrollTo', videos[1]?.index);
  await expect(panel.video).toHaveAttribute('data-url', videos[1]?.url ?? '');
  await expect(panel.notAnalyzed).toBeVisible();
  await site.call('scrollTo', watched.index);
  await expect(panel.result).toBeVisible();
});

test('on the Instagram reels feed the panel follows next and previous; on a page that is not TikTok or Instagram it says what it can do', async ({
  connect,
  openSite,
  context,
  extensionId,
}) => {
  await connect();
  const site = await openSite(urlOf('instagram-reels'));
  const [first = ''] = await site.expectOneButtonPerExpectedItem();
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.video).toHaveAttribute('data-url', first);
  const [second = ''] = await site.next();
  expect(second).not.toBe(first);
  await expect(panel.video).toHaveAttribute('data-url', second);
  await site.prev();
  await expect(panel.video).toHaveAttribute('data-url', first);
  await captureLightAndDark(panel.page, 'side-panel-reels');
  await site.page.setViewportSize({ width: 1000, height: 900 });
  await captureBeside(site.page, panel.page, 'side-panel-beside-reels');

  // Another site in the tab beside it.
  await site.page.goto('about:blank');
  await panel.page.bringToFront();
  await expect(panel.notPlatform).toBeVisible();
  await expect(panel.video).toHaveCount(0);
});

test('a page that dresses up the video on screen gets its words shown as plain text beside the real link, and no image from elsewhere', async ({
  connect,
  openSite,
  context,
  extensionId,
  sandbox,
}) => {
  const account = await connect();
  const site = await openSite(urlOf('tiktok-foryou'));
  const [first = ''] = await site.expectOneButtonPerExpectedItem();
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.video).toHaveAttribute('data-url', first);

  // From the page's own script: markup and a right-to-left override in the caption, a tracker as the poster.
  await site.item(first).evaluate((item) => {
    const caption = item.querySelector('[data-e2e="video-desc"]') as HTMLElement;
    caption.textContent = '<img src=x onerror=alert(1)> \u202Egnirts lanigiro';
    item.querySelector('video')?.setAttribute('poster', 'https://tracker.example/pixel.png');
  });
  const video = (await feedVideos(site)).find((item) => item.url === first);
  // The page reports again once it changed and settled: nudge it as a scroll would.
  await site.call('scrollTo', video?.index ?? 0);
  await site.page.evaluate(() => document.dispatchEvent(new Event('scroll')));
  await expect(panel.video).toContainText('<img src=x onerror=alert(1)>');
  const shown = await panel.video.evaluate((element) => ({
    images: [...element.querySelectorAll('img')].map((img) => img.getAttribute('src')),
    text: element.textContent ?? '',
    link: element.querySelector('a')?.getAttribute('href'),
  }));
  expect(shown.images, 'no image from outside the platforms’ media hosts').toEqual([]);
  expect(shown.text).not.toContain('\u202E');
  expect(shown.link).toBe(first);
  expect((await sandbox.state()).jobs).toEqual([]);
  expect((await sandbox.state()).credits.remaining).toBe(account.remainingCredits);
});

/** Pages with one video meant at a time: the panel names it (opened over a grid, once it is open). */
const ONE_VIDEO_PAGES: { page: Parameters<typeof fixture>[0]; what: string; open?: (site: PlatformPage) => Promise<string[]> }[] = [
  { page: 'tiktok-video', what: 'a TikTok video page' },
  { page: 'tiktok-profile', what: 'a TikTok video over a profile grid', open: (site) => site.openModal(0) },
  { page: 'instagram-reel', what: 'an Instagram reel page' },
  { page: 'instagram-profile-modal', what: 'an Instagram post opened over a profile grid', open: (site) => site.openModal(0) },
];
for (const { page, what, open } of ONE_VIDEO_PAGES) {
  test(`on ${what} the panel names the video there`, async ({ connect, openSite, context, extensionId }) => {
    await connect();
    const site = await openSite(urlOf(page));
    const shown = await site.expectOneButtonPerExpectedItem();
    const panel = await SidePanel.open(await context.newPage(), extensionId);
    const [main = ''] = open ? await open(site) : shown;
    await expect(panel.video).toHaveAttribute('data-url', main);
  });
}
