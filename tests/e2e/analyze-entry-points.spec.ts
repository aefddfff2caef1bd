/**
 * The right-click menu and the keyboard shortcut. Native menus and shortcuts cannot be pressed by a
 * test, so their handlers are called in the service worker exactly as Chrome calls them (the e2e
 * build exposes them). A reel link on any other site opens the small confirm window; on TikTok the
 * question is asked next to the button of the video the user means, in the extension's own frame.
 */
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { AnalyzePopup } from './pages/analyze-popup';
import { captureLightAndDark } from './screenshots';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';
const SHARED_REEL = 'https://www.instagram.com/reel/C8vQ2xLt_Zk/?igsh=MWQ1ZGUxMzBkMA==';
const CANONICAL_REEL = 'https://www.instagram.com/reel/C8vQ2xLt_Zk/';

test('"Analyze link with Sume" on another site asks in a small window, then sends the canonical reel once', async ({
  connect,
  context,
  sandbox,
  extension,
}) => {
  // Both items exist (only an existing id can be updated), and the check can say no. The menus are
  // created when the extension is installed, a moment after the browser starts.
  await expect.poll(() => extension.hasMenuItem('sume-analyze-page')).toBe(true);
  await expect.poll(() => extension.hasMenuItem('sume-analyze-link')).toBe(true);
  await expect.poll(() => extension.hasMenuItem('sume-upload-media')).toBe(true);
  expect(await extension.hasMenuItem('sume-not-a-menu-item')).toBe(false);

  const account = await connect();
  const [window] = await Promise.all([
    context.waitForEvent('page'),
    extension.clickMenu({ menuItemId: 'sume-analyze-link', linkUrl: SHARED_REEL, pageUrl: 'https://example.com/' }),
  ]);
  expect(new URL(window.url()).pathname).toBe('/popup.html');
  expect(new URL(window.url()).searchParams.get('source')).toBe('context_menu');
  const confirm = new AnalyzePopup(window);
  await expect(confirm.confirm.question).toHaveText('Analyze this video with Sume?');
  await expect(confirm.confirm.credits).toContainText(`you have ${account.remainingCredits}`);
  await expect(confirm.confirm.primary).toBeFocused();
  await captureLightAndDark(window, 'analyze-confirm-window');

  // A small surface for one question: no field for another link, no lists.
  await expect(confirm.linkField).toBeHidden();
  await expect(confirm.recentCaptures).toHaveCount(0);
  await expect(window.getByTestId('add-to-library')).toHaveCount(0);
  const height = await window.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(height, 'the question fits the 400 px window').toBeLessThanOrEqual(400);

  const closed = window.waitForEvent('close');
  await confirm.confirm.click(confirm.confirm.primary);
  await expect(confirm.sent).toContainText('Instagram Reel');
  await expect(window.getByTestId('window-closing')).toHaveText('This window closes by itself.');
  await captureLightAndDark(window, 'analyze-confirm-window-sent');
  // Sent, it goes by itself.
  await closed;
  await expectAnalyses(sandbox, [CANONICAL_REEL], { creditsBefore: account.remainingCredits });
});

test('the keyboard shortcut asks about the video being watched, next to its button', async ({ connect, openSite, sandbox, extension, reelButton }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await site.page.bringToFront();

  await extension.pressShortcut('analyze-active-video');
  await expect(await reel.confirm.title()).toHaveText('Analyze this video with Sume?');
  await expect(await reel.confirm.focused()).toBeFocused();
  // As with a click, Enter on the focused "Analyze" sends it (once the question accepts input).
  await reel.confirm.dialog();
  await site.page.keyboard.press('Enter');
  await reel.expectState('done', UNTIL_DONE);
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});

test('"Analyze with Sume" on a feed asks on the video that was right-clicked', async ({ connect, openSite, sandbox, extension, reelButton }) => {
  const account = await connect();
  const feed = await openSite(TIKTOK_FEED);
  const [first, second] = (await feed.expectOneButtonPerExpectedItem()).map((url) => reelButton(feed, url));
  if (!first || !second) throw new Error('The For You fixture needs two videos');

  // Not the video most in view (the first): the second one, where the user opened the menu with a
  // real right-click on the part of it that shows below the first (snapping off, so both show).
  await feed.page.evaluate(() => {
    document.documentElement.style.scrollSnapType = 'none';
    scrollBy(0, 250);
  });
  await expect(feed.item(first.url)).toBeInViewport({ ratio: 0.5 });
  const box = (await feed.item(second.url).locator('video').boundingBox())!;
  const viewport = feed.page.viewportSize()!;
  await feed.page.mouse.click(box.x + box.width / 2, Math.min(viewport.height - 20, box.y + 40), { button: 'right' });
  await extension.clickMenu({ menuItemId: 'sume-analyze-page', pageUrl: TIKTOK_FEED }, TIKTOK_FEED);
  await expect(await second.confirm.url()).toHaveText(second.url.replace('https://www.', ''));
  await second.confirm.analyze();
  await second.expectState('done', UNTIL_DONE);
  await first.expectState('ready');
  await expectAnalyses(sandbox, [second.url], { creditsBefore: account.remainingCredits });
});
