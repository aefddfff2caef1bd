/**
 * Section: select mode on a big grid (issue 13). The TikTok profile fixture grown to 1,000 tiles
 * (800 videos, 200 photo posts), production build. Per sample, select mode is put on the page as the
 * background does (scripting.executeScript of select-mode.js, from an extension page), and the time
 * to a painted checkbox on every video tile is taken on one clock (epoch ms in both pages); Escape (a
 * real key) leaves it. Then, with select mode on, the grid grows by 100 tiles at a time: the time
 * from the page's append to the new tiles' checkboxes, per tile. And the size of what is injected.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { fixtureHtml } from '../../tests/fixtures/index';
import { SelectMode } from '../../tests/e2e/pages/select-mode';
import { FIXTURE_THUMBNAILS, fixtureThumbnailFor } from '../../tests/e2e/fixture-sites';

/** The sandbox's own view: its jobs and how many requests it logged. */
async function sandboxState(origin: string): Promise<{ jobs: { status: string }[]; requests: number }> {
  const state = (await (await fetch(`${origin}/__sandbox/state`)).json()) as { jobs: { status: string }[] };
  const log = (await (await fetch(`${origin}/__sandbox/requests`)).json()) as unknown[];
  return { jobs: state.jobs, requests: log.length };
}
import { launchChromium, serveFixture, singlePage } from './browser';
import { fmt, median, p95 } from './stats';
import type { BenchSection } from './types';

const TILES = 1000;
const SAMPLES = 15;
const GROWTH_SAMPLES = 10;
const TAG = 'sume-capture-select';

interface GridWindow {
  __fixture: { ready: Promise<void>; append(n: number): void; tiles(): { kind: string; path: string }[] };
  __counted?: { count: number; at: number }[];
}

/** In the site: when the number of our checkboxes changes, the time of the next frame after it. */
async function watchCheckboxes(site: Page): Promise<void> {
  await site.evaluate((tag) => {
    const state = window as unknown as GridWindow;
    state.__counted = [];
    new MutationObserver(() => {
      const count = document.getElementsByTagName(tag).length;
      requestAnimationFrame(() => state.__counted?.push({ count, at: performance.timeOrigin + performance.now() }));
    }).observe(document.body, { childList: true, subtree: true });
  }, TAG);
}

const whenCounted = (site: Page, count: number) =>
  site
    .waitForFunction((n) => (window as unknown as GridWindow).__counted?.find((c) => c.count === n)?.at ?? null, count, { timeout: 10_000 })
    .then((handle) => handle.jsonValue() as Promise<number>);

export const selectMode: BenchSection = {
  id: 'selectMode',
  async run({ extensionDir }) {
    const injected = readFileSync(path.join(extensionDir, 'select-mode.js'));
    const browser = await launchChromium(extensionDir);
    try {
      const html = await fixtureHtml('tiktok-profile');
      await serveFixture(browser.context, 'https://www.tiktok.com', () => html);
      await browser.context.route(FIXTURE_THUMBNAILS, (route) => route.fulfill(fixtureThumbnailFor(route.request().url())));
      const site = await singlePage(browser.context);
      await site.goto('https://www.tiktok.com/@luna.bakes');
      await site.evaluate(async (tiles) => {
        const fixture = (window as unknown as GridWindow).__fixture;
        await fixture.ready;
        fixture.append(tiles - fixture.tiles().length);
      }, TILES);
      const videos = await site.evaluate(() => (window as unknown as GridWindow).__fixture.tiles().filter((t) => t.kind === 'video').length);
      const extensionId = new URL(browser.context.serviceWorkers()[0]?.url() ?? '').host;
      const extension = await browser.context.newPage();
      await extension.goto(`chrome-extension://${extensionId}/popup.html`);
      await site.bringToFront();
      await watchCheckboxes(site);
      const inject = () =>
        extension.evaluate(async () => {
          type Api = {
            tabs: { query(q: object): Promise<{ id: number }[]> };
            scripting: { executeScript(o: object): Promise<unknown> };
          };
          const api = (globalThis as unknown as { chrome: Api }).chrome;
          const [tab] = await api.tabs.query({ url: 'https://www.tiktok.com/*' });
          const at = performance.timeOrigin + performance.now();
          await api.scripting.executeScript({ target: { tabId: tab?.id }, files: ['/select-mode.js'] });
          return at;
        });

      const shown: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        await site.evaluate(() => {
          (window as unknown as GridWindow).__counted = [];
        });
        const started = await inject();
        shown.push((await whenCounted(site, videos)) - started);
        await site.keyboard.press('Escape');
        await site.waitForFunction((tag) => document.getElementsByTagName(tag).length === 0, TAG);
      }

      // Select mode on: the grid grows, 100 tiles (80 videos) at a time.
      await inject();
      await whenCounted(site, videos);
      const perTile: number[] = [];
      let total = videos;
      for (let i = 0; i < GROWTH_SAMPLES; i++) {
        const appendedAt = await site.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          (window as unknown as GridWindow).__fixture.append(100);
          return at;
        });
        total += 80;
        perTile.push(((await whenCounted(site, total)) - appendedAt) / 100);
      }
      return {
        title: `Select mode on a ${TILES.toLocaleString('en')}-tile profile grid (TikTok fixture, production build)`,
        tables: [
          {
            headers: ['measure', 'samples', 'median', 'p95'],
            rows: [
              [`injected → ${videos} checkboxes painted`, shown.length, `${fmt(median(shown), 1)} ms`, `${fmt(p95(shown), 1)} ms`],
              ['page appends 100 tiles → their checkboxes painted, per tile', perTile.length, `${fmt(median(perTile), 3)} ms`, `${fmt(p95(perTile), 3)} ms`],
              ['select-mode.js (injected on demand), gzip', 1, `${(gzipSync(injected).length / 1024).toFixed(2)} KB`, ''],
            ],
          },
        ],
        notes: [
          'Times are epoch ms on one clock in both pages, to the first animation frame after our MutationObserver saw the checkboxes (what a person can see).',
          'The append figure includes the page building its own 100 tiles and laying them out; select mode only binds the added nodes (no document rescan).',
          'The always-on content scripts carry none of this: select mode is injected when the person asks for it.',
        ],
        data: { videos, shown, perTile, injectedGzipBytes: gzipSync(injected).length },
      };
    } finally {
      await browser.close();
    }
  },
};

const BATCH = 50;
/** Sume's rate limit in this run: the batch must slow down, not fail. */
const RATE_LIMIT = { limit: 30, windowMs: 10_000 };

/**
 * Section: a 50-reel batch against the sandbox (issue 13), e2e build. Fifty tiles ticked with real
 * clicks, one "Analyze 50" in the batch window, then: how long until Sume holds fifty jobs and until
 * all fifty are analyzed, and how many API requests that took per capture (creates, including the
 * ones a 429 refused, polls, result fetches, balance reads), under a rate limit of 30 requests per
 * 10 s that the outbox must pace itself to.
 */
export const batchSend: BenchSection = {
  id: 'batchSend',
  async run({ root }) {
    const { execFileSync } = await import('node:child_process');
    const { startSandbox } = await import('../../tests/sandbox/server');
    const { connectExtension } = await import('./connect');
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'ignore' });
    const sandbox = await startSandbox({ port: 0, queuedMs: 300, runningMs: 800, rateLimit: RATE_LIMIT, initialCredits: 1000, requiredCredits: 1 });
    const browser = await launchChromium(path.join(root, '.output/chrome-mv3-e2e'), { welcomeTab: false });
    try {
      const extensionId = new URL(browser.context.serviceWorkers()[0]?.url() ?? '').host;
      await connectExtension(browser.context, extensionId, sandbox.baseUrl, sandbox.demoKey);
      const html = await fixtureHtml('tiktok-profile');
      await serveFixture(browser.context, 'https://www.tiktok.com', () => html);
      await browser.context.route(FIXTURE_THUMBNAILS, (route) => route.fulfill(fixtureThumbnailFor(route.request().url())));
      const site = await singlePage(browser.context);
      await site.goto('https://www.tiktok.com/@luna.bakes');
      // 63 tiles hold 50 videos (every fifth is a photo post).
      const paths = await site.evaluate(async () => {
        const fixture = (window as unknown as GridWindow).__fixture;
        await fixture.ready;
        fixture.append(63 - fixture.tiles().length);
        return fixture
          .tiles()
          .filter((t) => t.kind === 'video')
          .map((t) => t.path);
      });
      const extension = await browser.context.newPage();
      await extension.goto(`chrome-extension://${extensionId}/popup.html`);
      await extension.evaluate(async () => {
        type Api = { tabs: { query(q: object): Promise<{ id: number }[]> }; scripting: { executeScript(o: object): Promise<unknown> } };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const [tab] = await api.tabs.query({ url: 'https://www.tiktok.com/*' });
        await api.scripting.executeScript({ target: { tabId: tab?.id }, files: ['/select-mode.js'] });
      });
      await site.bringToFront();
      for (const tilePath of paths.slice(0, BATCH)) {
        const tile = site.locator(`a[href="https://www.tiktok.com${tilePath}"]`).first();
        await tile.scrollIntoViewIfNeeded();
        await tile.click({ position: { x: 60, y: 60 } });
      }
      const mode = new SelectMode(site);
      const question = await mode.analyze(browser.context);
      const decide = question.getByRole('button', { name: `Analyze ${BATCH}` });
      await decide.waitFor();
      const before = await sandboxState(sandbox.origin);
      const decidedAt = Date.now();
      await decide.click();
      let allCreatedAt = Number.NaN;
      let allDoneAt = Number.NaN;
      for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
        const state = await sandboxState(sandbox.origin);
        if (Number.isNaN(allCreatedAt) && state.jobs.length >= BATCH) allCreatedAt = Date.now();
        if (state.jobs.length >= BATCH && state.jobs.every((job) => job.status === 'completed' || job.status === 'failed')) {
          allDoneAt = Date.now();
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Let the extension fetch the last results before counting its requests.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const log = (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { method: string; path: string; status: number }[];
      const after = log.slice(before.requests);
      const creates = after.filter((r) => r.method === 'POST' && r.path === '/api/v1/reference-analysis');
      const limited = after.filter((r) => r.status === 429).length;
      const jobs = (await sandboxState(sandbox.origin)).jobs.length;
      const perCapture = (n: number) => (n / BATCH).toFixed(2);
      return {
        title: `A ${BATCH}-reel batch against the sandbox, rate-limited to ${RATE_LIMIT.limit} requests per ${RATE_LIMIT.windowMs / 1000} s (e2e build)`,
        tables: [
          {
            headers: ['measure', 'value'],
            rows: [
              ['jobs Sume holds (must be exactly 50)', jobs],
              ['"Analyze 50" → 50 jobs created', `${((allCreatedAt - decidedAt) / 1000).toFixed(1)} s`],
              ['"Analyze 50" → all 50 analyzed', `${((allDoneAt - decidedAt) / 1000).toFixed(1)} s`],
              ['POST /reference-analysis per capture (incl. refused)', perCapture(creates.length)],
              ['429 answers (whole run)', limited],
              ['API requests per capture (creates, polls, results, balance)', perCapture(after.length)],
            ],
          },
        ],
        notes: [
          'Jobs take ~1.1 s in the sandbox here; the time is the rate limit and the outbox pacing itself to it (a 429 holds the whole queue until Retry-After).',
          'Requests are counted from the sandbox log between the decision and 3 s after the last job finished.',
        ],
        data: {
          jobs,
          decidedToCreatedMs: allCreatedAt - decidedAt,
          decidedToDoneMs: allDoneAt - decidedAt,
          creates: creates.length,
          limited,
          requests: after.length,
        },
      };
    } finally {
      await browser.close();
      await sandbox.close();
    }
  },
};
