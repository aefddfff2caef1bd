/**
 * Nothing lost across a browser restart: a reel captured while Sume cannot be reached waits in
 * the outbox, the browser is quit, Sume comes back, the browser is started again on the same
 * profile — and the capture is delivered, once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixture } from '../fixtures';
import { SHORT_JOB_CLOCK, UNTIL_DONE } from './analyze-fixtures';
import { startChromiumWithExtension } from './chromium-args';
import { CHROME_E2E_BUILD } from './extension-build';
import { serveFixtureSites } from './fixture-sites';
import { OptionsPage } from './pages/options-page';
import { ReelButton } from './pages/reel-button';
import { PlatformPage } from './pages/platform-page';
import { expect, test } from './sandbox-fixture';

const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';

test.use({ sandboxOptions: SHORT_JOB_CLOCK });

const startBrowser = (profile: string) => startChromiumWithExtension(profile, process.env.SUME_E2E_CHROME_BUILD || CHROME_E2E_BUILD);

test('a capture made while Sume is down survives quitting the browser and is sent once after the restart', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sume-e2e-restart-'));
  try {
    const first = await startBrowser(profile);
    const settings = new OptionsPage(await first.context.newPage());
    await settings.page.goto(`chrome-extension://${first.extensionId}/options.html`);
    await settings.connect(sandbox.baseUrl, sandbox.demoKey);
    await expect(settings.result).toContainText('Connected');

    await sandbox.stop();
    await serveFixtureSites(first.context);
    const feed = new PlatformPage(await first.context.newPage());
    await feed.page.goto(TIKTOK_FEED);
    const [url] = await feed.expectOneButtonPerExpectedItem();
    const reel = new ReelButton(feed.page, url!, first.extensionId);
    await reel.analyze();
    await reel.expectState('queued', UNTIL_DONE);
    await first.context.close();

    await sandbox.restart();
    const second = await startBrowser(profile);
    try {
      await expect.poll(async () => (await sandbox.state()).jobs.map((job) => job.source_url), UNTIL_DONE).toEqual([url]);
      // Give a second delivery every chance to happen: there must be none.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await sandbox.state()).jobs).toHaveLength(1);
    } finally {
      await second.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
