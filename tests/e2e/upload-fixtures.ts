/**
 * The harness for the Asset Library upload stories: the extension and its sandbox (fixtures.ts),
 * a connected workspace, the upload screens (popup card, captures page), what the extension keeps
 * (upload-ledger.ts), what Sume received (upload-sandbox.ts), the entry points outside pages
 * (upload-entry-points.ts) and files made for the test (upload-media.ts).
 */
import { expect, test as extensionTest } from './fixtures';
import { UploadsPanel } from './pages/uploads-panel';
import { UploadEntryPoints } from './upload-entry-points';
import { UploadLedger } from './upload-ledger';
import { TestFiles } from './upload-media';
import { throttleUploads } from './upload-network';
import { SandboxLibrary } from './upload-sandbox';

export interface UploadFixtures {
  /** Connects the extension to the sandbox with the demo key, as a person does in the settings. */
  connect: () => Promise<void>;
  openUploadsTab: () => Promise<UploadsPanel>;
  openPopupCard: () => Promise<UploadsPanel>;
  /** Reads the extension's upload records and kept bytes, from a page of its own. */
  openLedger: () => Promise<UploadLedger>;
  library: SandboxLibrary;
  entryPoints: UploadEntryPoints;
  files: TestFiles;
  /** A slower link to Sume from now on (upload-network.ts), so an upload lasts long enough to watch. */
  throttleUploads: (bytesPerSecond: number) => Promise<void>;
}

export const test = extensionTest.extend<UploadFixtures>({
  // Lets a test click the toolbar button (CDP Extensions.triggerAction) to grant activeTab.
  extraChromiumArgs: ['--enable-unsafe-extension-debugging'],

  connect: async ({ openOptions, sandbox }, use) => {
    await use(async () => {
      const options = await openOptions();
      await options.connect(sandbox.baseUrl, sandbox.demoKey);
      await expect(options.result).toContainText('Connected');
      await options.page.close();
    });
  },

  openUploadsTab: async ({ context, extensionId }, use) => {
    await use(async () => UploadsPanel.openCapturesTab(await context.newPage(), extensionId));
  },

  openPopupCard: async ({ context, extensionId }, use) => {
    await use(async () => UploadsPanel.openPopupCard(await context.newPage(), extensionId));
  },

  openLedger: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      // A blank extension page: it reads the database without taking part in uploads.
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      return new UploadLedger(page);
    });
  },

  library: async ({ sandbox }, use) => {
    await use(new SandboxLibrary(sandbox));
  },

  entryPoints: async ({ context, serviceWorker, extensionId }, use) => {
    await use(new UploadEntryPoints(context, serviceWorker, extensionId));
  },

  throttleUploads: async ({ context, serviceWorker }, use) => {
    await use((bytesPerSecond) => throttleUploads(context, serviceWorker, bytesPerSecond));
  },

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none.
  files: async ({}, use) => {
    const files = await TestFiles.create();
    await use(files);
    await files.remove();
  },
});

export { expect };
