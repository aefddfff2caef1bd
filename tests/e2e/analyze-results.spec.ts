/**
 * A result comes from Sume, but its text was written by whoever made the video: the captures page
 * shows every field as text, never as markup, and never turns a value into a script or a link
 * that runs one.
 */
import { fixture } from '../fixtures';
import { expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { captureLightAndDark } from './screenshots';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';

const HOSTILE = {
  summary: '<img src=x onerror="window.__pwned=1">',
  hook: { text: '<script>window.__pwned=1</script>', start_seconds: 0, end_seconds: 2 },
  scenes: [{ start_seconds: 0, end_seconds: 2, description: '<iframe src="javascript:window.__pwned=1"></iframe>' }],
  thumbnail_url: 'javascript:window.__pwned=1',
};

test('a result full of markup is shown as plain text on the captures page', async ({ connect, openSite, openCaptures, sandbox, extension, reelButton }) => {
  const account = await connect();
  await sandbox.queueNextResult(HOSTILE);
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.analyze();
  await reel.expectState('done', UNTIL_DONE);
  const [capture] = await extension.captures();

  const captures = await openCaptures(capture?.id);
  for (const text of [HOSTILE.summary, HOSTILE.hook.text, HOSTILE.scenes[0]?.description ?? '', HOSTILE.thumbnail_url]) {
    await expect(captures.result).toContainText(text);
  }
  await expect(captures.result.locator('img, script, iframe, object, embed')).toHaveCount(0);
  await expect(captures.result.locator('a[href]:not([href^="https:"]):not([href^="http:"])')).toHaveCount(0);
  expect(await captures.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await captureLightAndDark(captures.page, 'analyze-result-hostile');
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});
