/**
 * Getting a capture to Sume and its result back when things go wrong on the way: Sume offline, a
 * connection dropped, rate limits, the browser stopping the background mid-send or mid-poll.
 * Whatever happens, Sume ends up with exactly one analysis per capture, paid once.
 */
import { fixture } from '../fixtures';
import { analysisRequests, expect, expectAnalyses, INITIAL_CREDITS, test, UNTIL_DONE } from './analyze-fixtures';
import { ExtensionProbe } from './extension-probe';
import type { SandboxDriver } from './sandbox-driver';

const TIKTOK_VIDEO = fixture('tiktok-video').urls[0] ?? '';
const CREATE = { path: '/api/v1/reference-analysis', method: 'POST' };

/** Times the extension asked Sume about this job's status. */
async function pollsOf(sandbox: SandboxDriver, jobId: string): Promise<number> {
  return (await sandbox.requests()).filter((request) => request.path === `/api/v1/jobs/${jobId}`).length;
}

test('a reel captured while Sume is offline waits in the queue, then is sent once when Sume is back', async ({
  connect,
  openSite,
  sandbox,
  extension,
  reelButton,
}) => {
  await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  await sandbox.stop();
  await reel.analyze();
  await reel.expectState('queued');
  // (It goes back to "sending" each time the queue tries again.)
  await expect.poll(async () => (await reel.read())?.name).toMatch(/^Queued for Sume, sent when Sume can be reached: the video by @/);
  await expect.poll(() => extension.badgeText()).toBe('1');

  // Back on the same address, with a fresh account: the queue retries on its own.
  await sandbox.restart();
  await reel.expectState('done', { timeout: 25_000 });
  await expectAnalyses(sandbox, [url], { creditsBefore: INITIAL_CREDITS });
  await expect.poll(() => extension.badgeText()).toBe('');
});

test('a dropped connection is retried, and makes one analysis', async ({ connect, openSite, sandbox, reelButton }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  await sandbox.injectFault({ ...CREATE, drop: true });
  await reel.analyze();
  await reel.expectState('done', UNTIL_DONE);
  expect((await analysisRequests(sandbox)).map((r) => r.status)).toEqual([0, 202]);
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});

test('a background stopped while Sume was starting the analysis sends it again with the same key: one analysis', async ({
  connect,
  openSite,
  openAnalyzePopup,
  sandbox,
  stopServiceWorker,
  reelButton,
}) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  // Sume takes its time answering; the browser stops the background meanwhile, and the answer is lost.
  await sandbox.injectFault({ ...CREATE, delayMs: 1_500 });
  await reel.analyze();
  await reel.expectState('sending');
  await stopServiceWorker();
  // Sume did create the analysis.
  await expect.poll(async () => (await sandbox.state()).jobs.length).toBe(1);

  // Anything wakes the background again; it finds the unfinished send and repeats it.
  await openAnalyzePopup();
  await reel.expectState('done', UNTIL_DONE);
  const requests = await analysisRequests(sandbox);
  expect(requests.length, 'the send was repeated').toBe(2);
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});

test('rate limited twice, the capture waits as long as Retry-After says and then makes one analysis', async ({ connect, openSite, sandbox, reelButton }) => {
  const account = await connect();
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);

  const retryAfterSeconds = 2;
  await sandbox.injectFault({ ...CREATE, status: 429, retryAfter: retryAfterSeconds, times: 2 });
  await reel.analyze();
  await reel.expectState('done', UNTIL_DONE);

  const requests = await analysisRequests(sandbox);
  expect(requests.map((r) => r.status)).toEqual([429, 429, 202]);
  const gaps = requests.slice(1).map((r, i) => r.at - (requests[i]?.at ?? 0));
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(retryAfterSeconds * 1_000);
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});

test('an analysis that finishes while the background is stopped is still announced and shown', async ({
  connect,
  openSite,
  openAnalyzePopup,
  sandbox,
  stopServiceWorker,
  reelButton,
}) => {
  const account = await connect();
  // This analysis would run for a minute; the test finishes it by hand.
  await sandbox.configure({ runningMs: 60_000 });
  const site = await openSite(TIKTOK_VIDEO);
  const [url = ''] = await site.expectOneButtonPerExpectedItem();
  const reel = reelButton(site, url);
  await reel.analyze();
  await reel.expectState('analyzing');
  const [job] = await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
  if (!job) throw new Error('no job');
  await expect.poll(() => pollsOf(sandbox, job.id), { timeout: 10_000 }).toBeGreaterThan(0);

  await stopServiceWorker();
  await sandbox.completeJob(job.id);
  const pollsWhileStopped = await pollsOf(sandbox, job.id);

  // Opening the popup wakes the background, which picks up where it stopped.
  const popup = await openAnalyzePopup();
  const extension = new ExtensionProbe(popup.page);
  await reel.expectState('done', UNTIL_DONE);
  expect(await pollsOf(sandbox, job.id)).toBeGreaterThan(pollsWhileStopped);
  const [capture] = await extension.captures();
  await expect.poll(() => extension.notificationIds()).toEqual([expect.stringMatching(new RegExp(`^sume:${capture?.id}:`))]);
  await expect(popup.recentCaptures).toHaveAttribute('data-phase', 'done');
  await expect.poll(() => extension.badgeText()).toBe('');
  await expectAnalyses(sandbox, [url], { creditsBefore: account.remainingCredits });
});
