/**
 * The extension, freshly installed in a new Chromium profile for every test, next to its own
 * sandbox. Flags and the service-worker id trick: /work/shared/browser-testing.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_BASE_ARGS, CHROMIUM_PATH, extensionArgs } from './chromium-args';
import { CHROME_E2E_BUILD } from './extension-build';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { test as sandboxTest } from './sandbox-fixture';

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  openPopup: () => Promise<PopupPage>;
  openOptions: () => Promise<OptionsPage>;
  /** Stops the MV3 service worker as Chrome does when idle; any message wakes it again. */
  stopServiceWorker: () => Promise<void>;
  /** Chromium flags added to the usual ones (`test.use({ extraChromiumArgs: [...] })`); none by default. */
  extraChromiumArgs: string[];
  /** The built extension to load (`test.use({ extensionDir })`, e.g. a copy with pseudo-locale messages). */
  extensionDir: string;
}

/** `SUME_E2E_CHROME_BUILD` loads another build folder instead (e.g. a copy that no parallel build rewrites). */
const EXTENSION_DIR = process.env.SUME_E2E_CHROME_BUILD || CHROME_E2E_BUILD;

export const test = sandboxTest.extend<ExtensionFixtures>({
  extraChromiumArgs: [[], { option: true }],
  extensionDir: [EXTENSION_DIR, { option: true }],

  context: async ({ extraChromiumArgs, extensionDir }, use) => {
    const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sume-e2e-profile-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_BASE_ARGS, ...extensionArgs(extensionDir), ...extraChromiumArgs],
    });
    // An uncaught error in any extension page fails the test that caused it.
    const pageErrors: string[] = [];
    context.on('weberror', (webError) => pageErrors.push(String(webError.error().stack ?? webError.error())));
    await use(context);
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in extension pages:\n${pageErrors.join('\n')}`);
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => PopupPage.open(await context.newPage(), extensionId));
  },

  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => OptionsPage.open(await context.newPage(), extensionId));
  },

  stopServiceWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const ownScript = `chrome-extension://${extensionId}/`;
      const status = new Map<string, string>();
      const stopped = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The service worker did not stop within 5 s')), 5_000);
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions) {
            if (version.scriptURL.startsWith(ownScript)) status.set(version.versionId, version.runningStatus);
          }
          if (status.size > 0 && [...status.values()].every((s) => s === 'stopped')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      try {
        await stopped;
      } finally {
        await cdp.detach();
      }
    });
  },
});

export { expect } from '@playwright/test';
