/**
 * An upload caught in the middle of its PUT when the browser quits: the bytes and the record are
 * in IndexedDB, the signed URL (kept in memory only) is gone. After the restart the upload asks
 * for a new URL, sends the bytes again, and Sume ends with one complete asset.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startChromiumWithExtension } from './chromium-args';
import { CHROME_E2E_BUILD } from './extension-build';
import { OptionsPage } from './pages/options-page';
import { UploadsPanel } from './pages/uploads-panel';
import { expect, test } from './sandbox-fixture';
import { UploadLedger } from './upload-ledger';
import { MB, TestFiles } from './upload-media';
import { SandboxLibrary } from './upload-sandbox';

const startBrowser = (profile: string) => startChromiumWithExtension(profile, process.env.SUME_E2E_CHROME_BUILD || CHROME_E2E_BUILD);

test('an upload interrupted by quitting the browser finishes after the restart, with one complete asset', async ({ sandbox }) => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sume-e2e-upload-restart-'));
  const files = await TestFiles.create();
  try {
    const file = await files.make('interrupted.mp4', 5 * MB);
    const first = await startBrowser(profile);
    const settings = new OptionsPage(await first.context.newPage());
    await settings.page.goto(`chrome-extension://${first.extensionId}/options.html`);
    await settings.connect(sandbox.baseUrl, sandbox.demoKey);
    await expect(settings.result).toContainText('Connected');

    // The storage host holds the first PUT for a long time: the browser quits in the middle of it.
    await sandbox.injectFault({ method: 'PUT', path: '/__storage/*', delayMs: 60_000, times: 1 });
    const uploads = await UploadsPanel.openCapturesTab(await first.context.newPage(), first.extensionId);
    await uploads.chooseFiles([file.path]);
    const ledger = new UploadLedger(uploads.page);
    await expect.poll(async () => (await ledger.uploads()).map((u) => u.step), { timeout: 15_000 }).toEqual(['put']);
    // Quit only once the storage host holds the PUT (it took the fault): quitting earlier would
    // leave the fault armed for the PUT after the restart.
    await expect.poll(async () => (await sandbox.state()).pending_faults, { timeout: 15_000 }).toBe(0);
    await first.context.close();

    const second = await startBrowser(profile);
    try {
      const page = await second.context.newPage();
      await page.goto(`chrome-extension://${second.extensionId}/captures.html?view=uploads`);
      const after = new UploadLedger(page);
      await expect.poll(async () => (await after.uploads()).map((u) => u.status), { timeout: 60_000 }).toEqual(['done']);
      const library = new SandboxLibrary(sandbox);
      expect(await library.assetIds()).toHaveLength(1);
      // The interrupted PUT never completed; the one after the restart did, in full.
      expect((await library.uploads()).filter((u) => u.status === 'uploaded').map((u) => u.received_bytes)).toEqual([5 * MB]);
      expect(await after.keptBlobIds()).toEqual([]);
    } finally {
      await second.context.close();
    }
  } finally {
    await files.remove();
    await rm(profile, { recursive: true, force: true });
  }
});
