/**
 * Debian Chromium's flags on these machines (/work/shared/browser-testing.md): no background
 * networking (the network is closed), no first-run UI. Shared by the browser tests and the bench.
 */
import { chromium, type BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_BASE_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

export const extensionArgs = (dir: string) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

/**
 * Starts Chromium with the e2e build on `profile` (reused across a quit and a restart) and returns
 * the extension's id, read from its service worker.
 */
export async function startChromiumWithExtension(profile: string, extensionDir: string): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_BASE_ARGS, ...extensionArgs(extensionDir)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
