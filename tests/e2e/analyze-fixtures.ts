/**
 * The harness for the "send a reel to Reference Analysis" stories: the extension and its sandbox
 * (fixtures.ts) with short job clocks, the site fixtures, a connected account, the popup's analyze
 * card, and what the extension shows outside pages (extension-probe.ts). Plus the check every story
 * ends with: what Sume itself holds — exactly one analysis per capture, and the credits it cost.
 */
import { DEFAULT_OPTIONS } from '../sandbox/options';
import { serveFixtureSites } from './fixture-sites';
import { expect, test as extensionTest } from './fixtures';
import { ExtensionProbe } from './extension-probe';
import { AnalyzePopup } from './pages/analyze-popup';
import { CapturesPage } from './pages/captures-page';
import { PlatformPage } from './pages/platform-page';
import { ReelButton } from './pages/reel-button';
import type { ExpectedAccount, SandboxDriver, SandboxJob } from './sandbox-driver';

/** Sume's job clock for these stories: an analysis is done about a second after it starts. */
export const SHORT_JOB_CLOCK = { queuedMs: 300, runningMs: 800 };

/** What a capture may take from click to "done": the extension's first poll comes 2 s after sending. */
export const UNTIL_DONE = { timeout: 15_000 };

export interface AnalyzeFixtures {
  /** Connects the extension to the sandbox with the demo key, as a person does in the settings. */
  connect: () => Promise<ExpectedAccount>;
  /** Opens a TikTok or Instagram fixture page at its real address. */
  openSite: (url: string) => Promise<PlatformPage>;
  /** Opens the popup in a tab; `query` makes it the right-click menu's confirm window. */
  openAnalyzePopup: (query?: string) => Promise<AnalyzePopup>;
  /** Opens the captures page, at one capture when `captureId` is given. */
  openCaptures: (captureId?: string) => Promise<CapturesPage>;
  /** Notifications, badge, menus and shortcut, through the service worker. */
  extension: ExtensionProbe;
  /** The Sume button on the video with this URL, on that page, and the question it asks. */
  reelButton: (site: PlatformPage, url: string) => ReelButton;
}

export const test = extensionTest.extend<AnalyzeFixtures>({
  sandboxOptions: SHORT_JOB_CLOCK,

  connect: async ({ openOptions, sandbox }, use) => {
    await use(async () => {
      const account = await sandbox.accountFor(sandbox.demoKey);
      const options = await openOptions();
      await options.connect(sandbox.baseUrl, sandbox.demoKey);
      await expect(options.result).toContainText('Connected');
      await options.page.close();
      return account;
    });
  },

  openSite: async ({ context }, use) => {
    await serveFixtureSites(context);
    await use(async (url) => PlatformPage.open(await context.newPage(), url));
  },

  openAnalyzePopup: async ({ context, extensionId }, use) => {
    await use(async (query) => AnalyzePopup.open(await context.newPage(), extensionId, query));
  },

  openCaptures: async ({ context, extensionId }, use) => {
    await use(async (captureId) => CapturesPage.open(await context.newPage(), extensionId, captureId));
  },

  extension: async ({ serviceWorker }, use) => {
    await use(new ExtensionProbe(serviceWorker));
  },

  reelButton: async ({ extensionId }, use) => {
    await use((site, url) => new ReelButton(site.page, url, extensionId));
  },
});

export { expect };

/** The credits a fresh sandbox workspace starts with. */
export const INITIAL_CREDITS = DEFAULT_OPTIONS.initialCredits;

/**
 * Sume holds exactly one `reference_analysis` job per URL in `urls` (a URL twice: two jobs), and
 * the workspace paid for each: `creditsBefore` minus the price of that many analyses. The workspace
 * is the demo key's unless `apiKey` names another. Waits for the jobs to arrive, so call it once
 * the captures were seen to be delivered.
 */
export async function expectAnalyses(
  sandbox: SandboxDriver,
  urls: string[],
  { creditsBefore = INITIAL_CREDITS, apiKey }: { creditsBefore?: number; apiKey?: string } = {},
): Promise<SandboxJob[]> {
  await expect
    .poll(async () => (await sandbox.state()).jobs.map((job) => job.source_url).sort(), { message: 'the analyses Sume holds', timeout: 10_000 })
    .toEqual([...urls].sort());
  const state = await sandbox.state();
  expect(state.jobs.map((job) => job.type)).toEqual(urls.map(() => 'reference_analysis'));
  const remaining = apiKey === undefined ? state.credits.remaining : (await sandbox.accountFor(apiKey)).remainingCredits;
  expect(remaining, 'credits left in the workspace').toBe(creditsBefore - urls.length * state.config.requiredCredits);
  return state.jobs;
}

/** How many times the extension asked Sume to start an analysis (whatever the answer was). */
export async function analysisRequests(sandbox: SandboxDriver): Promise<{ status: number; at: number }[]> {
  return (await sandbox.requests())
    .filter((request) => request.route === 'POST /api/v1/reference-analysis')
    .map((request) => ({ status: request.status, at: Date.parse(request.at) }));
}
