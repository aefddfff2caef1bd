/**
 * Sending a reel from the toolbar popup: the reel of the tab the user was on, or any link pasted
 * into its field. What reaches Sume is always the reel's canonical address, once.
 */
import { fixture } from '../fixtures';
import { analysisRequests, expect, expectAnalyses, test, UNTIL_DONE } from './analyze-fixtures';
import { captureLightAndDark } from './screenshots';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';

test('pasted links with tracking are sent as the canonical reel, and show up under recent captures', async ({
  connect,
  openAnalyzePopup,
  context,
  sandbox,
}) => {
  const account = await connect();
  const sent: unknown[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && request.url() === `${sandbox.baseUrl}/reference-analysis`) sent.push(request.postDataJSON());
  });

  const popup = await openAnalyzePopup();
  for (const { link } of PASTED_LINKS) {
    await popup.analyzeLink(link);
    await expect(popup.confirm.question).toHaveText('Analyze this video with Sume?');
    await expect(popup.confirm.primary).toBeFocused();
    await popup.confirm.click(popup.confirm.primary);
    await expect(popup.sent).toContainText('Sent to Sume');
  }
  await expect(popup.recentCaptures).toHaveCount(PASTED_LINKS.length);
  for (const row of await popup.recentCaptures.all()) await expect(row).toHaveAttribute('data-phase', 'done', UNTIL_DONE);
  await captureLightAndDark(popup.page, 'analyze-popup-recent-captures');

  const canonical = PASTED_LINKS.map((l) => l.canonical);
  expect(sent).toEqual(canonical.map((url) => ({ url })));
  await expectAnalyses(sandbox, canonical, { creditsBefore: account.remainingCredits });
});

test('"Analyze this reel" sends the video of the tab the user was watching', async ({ connect, openSite, openAnalyzePopup, sandbox }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();

  // Opened as a tab, the popup looks at the most recently used other tab: the TikTok video.
  const popup = await openAnalyzePopup();
  await expect(popup.analyzeThisReelButton).toBeVisible();
  expect(await popup.activeReelUrl()).toBe(url);
  await captureLightAndDark(popup.page, 'analyze-popup-active-reel');
  await popup.analyzeThisReelButton.click();
  await popup.confirm.click(popup.confirm.analyzeButton);
  await expect(popup.sent).toBeVisible();
  await expect(popup.recentCaptures).toHaveAttribute('data-phase', 'done', UNTIL_DONE);
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});

const PASTED_LINKS = [
  {
    link: 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600?is_from_webapp=1&sender_device=pc&web_id=7398201746531097999',
    canonical: 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600',
  },
  {
    link: 'https://www.instagram.com/reel/C8vQ2xLt_Zk/?igsh=MWQ1ZGUxMzBkMA==&utm_source=ig_web_copy_link',
    canonical: 'https://www.instagram.com/reel/C8vQ2xLt_Zk/',
  },
];

const NOT_REELS = [
  { name: 'a TikTok profile', link: 'https://www.tiktok.com/@luna.bakes', reason: /profile, not a video/ },
  { name: 'a link to another site', link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', reason: /Only TikTok and Instagram links/ },
  { name: 'an Instagram story', link: 'https://www.instagram.com/stories/luna.bakes/3391234567890123456/', reason: /Stories cannot be analysed/ },
];

for (const { name, link, reason } of NOT_REELS) {
  test(`${name} is refused with the reason, and nothing is sent`, async ({ connect, openAnalyzePopup, sandbox }) => {
    const account = await connect();
    const popup = await openAnalyzePopup();
    await popup.analyzeLink(link);
    await expect(popup.linkError).toHaveText(reason);
    await expect(popup.linkField).toHaveAttribute('aria-invalid', 'true');
    await expect(popup.confirm.root).toHaveCount(0);

    // The same field then sends a real reel: the refusal above was the link's, not the field's.
    const valid = PASTED_LINKS[0] ?? { link: '', canonical: '' };
    await popup.analyzeLink(valid.link);
    await expect(popup.linkError).toHaveCount(0);
    await popup.confirm.click(popup.confirm.analyzeButton);
    await expect(popup.sent).toBeVisible();
    await expectAnalyses(sandbox, [valid.canonical], { creditsBefore: account.remainingCredits });
    expect(await analysisRequests(sandbox)).toHaveLength(1);
  });
}
