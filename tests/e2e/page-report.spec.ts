/**
 * The popup says what the page on the tab holds ("12 videos · 12 buttons") and, when the video on
 * screen cannot be bound (the site changed its markup beyond what the second strategy can prove),
 * says so: the video can still be analyzed from the page's own address, and "Copy a problem report"
 * hands support the shape of the markup around it, without anything of the person's.
 */
import { FIXTURES, fixture } from '../fixtures';
import { analysisRequests, expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { driftedUrl } from './fixture-sites';
import { CAPTURE_HOST } from './pages/platform-page';
import { expectNoAxeViolations } from './axe';
import { captureLightAndDark } from './screenshots';

/** What the page holds right now, counted in the page. */
const pageCounts = (host: string) => ({ videos: document.getElementsByTagName('video').length, buttons: document.querySelectorAll(host).length });

test('on every fixture the popup counts the page’s videos and buttons, and finds the video on screen bound', async ({
  connect,
  openSite,
  openAnalyzePopup,
}) => {
  test.slow(); // seven pages, each with its popup
  await connect();
  for (const { name, urls } of FIXTURES) {
    const site = await openSite(urls[0] ?? '');
    await site.expectOneButtonPerExpectedItemToStay();
    const { videos, buttons } = await site.page.evaluate(pageCounts, CAPTURE_HOST);
    const popup = await openAnalyzePopup();
    await expect(popup.page.getByTestId('page-counts'), name).toHaveText(
      `${videos} video${videos === 1 ? '' : 's'} · ${buttons} button${buttons === 1 ? '' : 's'}`,
    );
    await expect(popup.page.getByTestId('unbound-video'), name).toHaveCount(0);
    await popup.page.close();
    await site.page.close();
  }
});

test('a video page the extension cannot read: the popup says so, analyzes the page’s own video once, and copies a report with nothing of the person’s', async ({
  connect,
  openSite,
  openAnalyzePopup,
  sandbox,
}) => {
  const account = await connect();
  const address = fixture('tiktok-video').urls[0] ?? '';
  const site = await openSite(driftedUrl(address, 'opaque'));
  await expect.poll(() => site.page.evaluate(pageCounts, CAPTURE_HOST)).toMatchObject({ buttons: 0 });
  const { videos } = await site.page.evaluate(pageCounts, CAPTURE_HOST);
  expect(videos).toBeGreaterThan(0);

  const popup = await openAnalyzePopup();
  await expect(popup.page.getByTestId('page-counts')).toHaveText(`${videos} video${videos === 1 ? '' : 's'} · 0 buttons`);
  const notice = popup.page.getByTestId('unbound-video');
  await expect(notice).toContainText('The video on screen has no Sume button');
  await expect(notice).toContainText('You can still analyze the video from this page’s address.');
  await captureLightAndDark(popup.page, 'popup-unbound-video');
  await expectNoAxeViolations(popup.page, 'the popup with a video it cannot bind');

  // The report, as support gets it (headless Chromium gives an extension page no clipboard: keep what is written).
  await popup.page.evaluate(() => {
    const kept: string[] = [];
    (window as unknown as { copied: string[] }).copied = kept;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void kept.push(text) }, configurable: true });
  });
  await popup.page.getByRole('button', { name: 'Copy a problem report' }).click();
  await expect(notice.getByText('Problem report copied')).toBeVisible();
  const report = await popup.page.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n'));
  expect(report).toMatch(/^Sume Capture \S+ · Chromium · problem report/);
  expect(report).toContain(`Page: ${address}\n`);
  expect(report).toContain(`${videos} videos, 0 buttons, 0 bound by structure; the video on screen has no button.`);
  expect(report).toMatch(/\n +video \{[^}]*\} ← video\n/);
  // Nothing the page says, and no address but the page's own: no caption, handle, id in an
  // attribute, class name, copy-link text, or the demo key.
  const pageText = await site.page.evaluate(() => document.body.innerText);
  const words = pageText.split(/\s+/).filter((word) => word.length > 5 && !/^[\d:/.]+$/.test(word));
  expect(words.length).toBeGreaterThan(10);
  const outline = report.split('no addresses):\n')[1] ?? '';
  expect(outline).toContain('← video');
  for (const word of words) expect(outline, word).not.toContain(word);
  expect(report.replace(`Page: ${address}`, '')).not.toMatch(/https?:|7398201746531097600|luna/);
  expect(report).not.toContain(sandbox.demoKey);

  // "Analyze this page’s video": the address the tab shows, asked first as always, once.
  const button = popup.card.getByRole('button', { name: 'Analyze this page’s video' });
  expect(await popup.activeReelUrl()).toBe(address);
  await button.click();
  await popup.confirm.click(popup.confirm.analyzeButton);
  await expect(popup.sent).toBeVisible();
  await expect(popup.recentCaptures.first()).toHaveAttribute('data-phase', 'done', UNTIL_DONE);
  await expectAnalyses(sandbox, [address], { creditsBefore: account.remainingCredits });
  expect(await analysisRequests(sandbox)).toHaveLength(1);

  // Counted in the diagnostics log, for support.
  type Storage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
  const log = await popup.page.evaluate(async () => JSON.stringify(await (globalThis as unknown as Storage).chrome.storage.local.get('diagnostics')));
  expect(log).toContain('has no button (');
  expect(log).toContain('Copied a problem report for https://www.tiktok.com/');
});
