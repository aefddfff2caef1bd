/**
 * Chromium for the bench: the flags verified in /work/shared/browser-testing.md, a fresh profile per
 * launch, optionally the extension, and site fixtures served under their real hostnames.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

import { CHROMIUM_BASE_ARGS as BASE_ARGS, CHROMIUM_PATH, extensionArgs as loadExtension } from '../../tests/e2e/chromium-args';

export const CHROMIUM = CHROMIUM_PATH;

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * One browser per call: the extension loaded from `extensionDir`, or none at all (the baseline).
 * A production build greets a new profile with its welcome tab, closed here; an e2e build
 * (`wxt build --mode e2e`) opens none, so pass `{ welcomeTab: false }` for one.
 */
export async function launchChromium(extensionDir: string | null, { welcomeTab = true } = {}): Promise<BenchBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sume-bench-profile-'));
  const extensionArgs = extensionDir ? loadExtension(extensionDir) : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...BASE_ARGS, ...extensionArgs],
  });
  // tsx compiles with esbuild's keepNames, which wraps named inner functions of the bench's
  // page.evaluate callbacks in `__name(fn, "name")`: give the page that helper, as an identity.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  if (extensionDir && welcomeTab) await closeWelcome(context);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new profile is greeted with the extension's welcome tab, which comes to the front: the bench's
 * page would then be a background tab, drawing no frames and running throttled timers.
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The extension did not open its welcome tab within 10 s.');
}

/** Serves a fixture for every page under `origin` (e.g. https://www.tiktok.com), so content scripts inject as on the site. */
export async function serveFixture(context: BrowserContext, origin: string, html: (url: string) => string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html(route.request().url()) })
      : route.fulfill({ status: 404, body: '' }),
  );
}

/** The browser's one tab, for benchmarks that must not share the renderer with anything else. */
export async function singlePage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** "Chromium 156.0.8078.108 built on Debian…": the Debian wrapper script prints a shell warning on stderr; ignore it. */
export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Cumulative renderer main-thread counters of one page (durations in seconds), from CDP `Performance.getMetrics`. */
const METRIC_NAMES = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'RecalcStyleCount', 'LayoutCount'] as const;
export type MainThreadMetrics = Record<(typeof METRIC_NAMES)[number], number>;

export async function mainThreadMetrics(cdp: CDPSession): Promise<MainThreadMetrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return Object.fromEntries(METRIC_NAMES.map((name) => [name, value(name)])) as MainThreadMetrics;
}
