/**
 * Section: the side panel following the video on screen (issue 12). The For You fixture in one tab,
 * the panel (sidepanel.html, as a page: headless Chromium has no side panel) in another, production
 * build. Per sample, a scroll to the next video in the site's tab, then, on one clock (epoch ms in
 * both pages):
 * - "page reports": the scroll → the tab's report lands in storage.session, seen by the panel's own
 *   `storage.onChanged` (the content script waits for the page to settle, SETTLE_MS, then sends it
 *   through the background);
 * - "panel shows it": that report → the panel's DOM names the video (its `data-url`), the target
 *   being ≤ 150 ms at p95;
 * - "scroll → panel": the two together, what a person sees.
 */
import type { Page } from '@playwright/test';
import { SETTLE_MS } from '../../lib/in-page/follow-active';
import { launchChromium, serveFixture, singlePage } from './browser';
import { FORYOU_ORIGIN, FORYOU_URL, foryouHtml, type FeedFixture } from './feed-fixture';
import { openFeed } from './feed-page';
import { fmt, median, p95, round } from './stats';
import type { BenchSection } from './types';

const SAMPLES = 30;
const TARGET_P95_MS = 150;

interface PanelWindow {
  __reports: { url: string | null; at: number }[];
  __shown: { url: string | null; at: number }[];
}

/** In the panel: when each report arrives, and when the panel's DOM names a video. */
async function instrumentPanel(panel: Page): Promise<void> {
  await panel.waitForSelector('[data-testid="panel-video"], [data-testid="panel-no-video"]');
  await panel.evaluate(() => {
    const state = window as unknown as PanelWindow;
    state.__reports = [];
    state.__shown = [];
    const now = () => performance.timeOrigin + performance.now();
    type Changes = Record<string, { newValue?: { url?: string } | null }>;
    const api = (globalThis as unknown as { chrome: { storage: { session: { onChanged: { addListener(listener: (changes: Changes) => void): void } } } } })
      .chrome;
    api.storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith('activeVideo.')) state.__reports.push({ url: change.newValue?.url ?? null, at: now() });
      }
    });
    let last: string | null = document.querySelector('[data-testid="panel-video"]')?.getAttribute('data-url') ?? null;
    new MutationObserver(() => {
      const url = document.querySelector('[data-testid="panel-video"]')?.getAttribute('data-url') ?? null;
      if (url !== last) state.__shown.push({ url, at: now() });
      last = url;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-url'] });
  });
}

export const panelFollow: BenchSection = {
  id: 'panelFollow',
  async run({ extensionDir }) {
    const browser = await launchChromium(extensionDir);
    try {
      const variants = await foryouHtml();
      await serveFixture(browser.context, FORYOU_ORIGIN, () => variants.html);
      const site = await singlePage(browser.context);
      await openFeed(site, FORYOU_URL, true);
      const extensionId = new URL(browser.context.serviceWorkers()[0]?.url() ?? '').host;
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await instrumentPanel(panel);

      /** The fixture keeps a few items mounted and loads more near the end: read which are there each time. */
      const mountedVideos = () =>
        site.evaluate(() =>
          (window as unknown as { __fixture: FeedFixture & { items(): { index: number; mounted: boolean; url: string | null }[] } }).__fixture
            .items()
            .filter((item) => item.mounted && item.url !== null),
        );
      const samples: { report: number; shown: number; total: number }[] = [];
      let missed = 0;
      for (let i = 0; i < SAMPLES; i++) {
        // Between the first two videos there are: each scroll brings the other one on screen.
        const video = (await mountedVideos())[(i + 1) % 2];
        if (!video?.url) continue;
        const scrolledAt = await site.evaluate((index) => {
          const at = performance.timeOrigin + performance.now();
          (window as unknown as { __fixture: { scrollTo(n: number): void } }).__fixture.scrollTo(index);
          return at;
        }, video.index);
        const found = await panel
          .waitForFunction(
            (url) => {
              const state = window as unknown as PanelWindow;
              const report = state.__reports.find((r) => r.url === url);
              const shown = state.__shown.find((s) => s.url === url && report && s.at >= report.at);
              return report && shown ? { report: report.at, shown: shown.at } : null;
            },
            video.url,
            { timeout: 5_000 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => null);
        await panel.evaluate(() => {
          const state = window as unknown as PanelWindow;
          state.__reports.length = 0;
          state.__shown.length = 0;
        });
        if (!found) {
          missed++;
          continue;
        }
        samples.push({ report: found.report - scrolledAt, shown: found.shown - found.report, total: found.shown - scrolledAt });
      }
      const row = (name: string, values: number[], target?: number) => [
        name,
        values.length,
        fmt(median(values), 1),
        fmt(p95(values), 1),
        target === undefined ? '' : p95(values) <= target ? `≤ ${target} ms: within target` : `≤ ${target} ms: over target`,
      ];
      const shown = samples.map((s) => s.shown);
      return {
        title: 'Side panel following the video on screen (For You fixture and sidepanel.html in two tabs, production build)',
        tables: [
          {
            headers: ['from → to', 'samples', 'median ms', 'p95 ms', 'target'],
            rows: [
              row(
                'scroll → page reports (settle + background)',
                samples.map((s) => s.report),
              ),
              row('page reports → panel shows it', shown, TARGET_P95_MS),
              row(
                'scroll → panel shows it',
                samples.map((s) => s.total),
              ),
            ],
          },
        ],
        notes: [
          `${SAMPLES} scrolls to the next video; ${missed} not seen within 5 s. The content script reports once the page has been still for ${SETTLE_MS} ms (lib/in-page/follow-active.ts), so "scroll → page reports" starts at that.`,
          'Times are epoch milliseconds read in each page (performance.timeOrigin + performance.now()), on one machine clock.',
        ],
        data: { samples: samples.map((s) => ({ report: round(s.report), shown: round(s.shown), total: round(s.total) })), missed, targetP95Ms: TARGET_P95_MS },
      };
    } finally {
      await browser.close();
    }
  },
};
