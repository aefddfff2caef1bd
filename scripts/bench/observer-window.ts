/**
 * Section: what watching every registered item would cost the page, against watching a window of
 * them (near-viewport.ts). Past EAGER_BUTTONS the extension asks an IntersectionObserver when an
 * item comes near the viewport, and the browser computes every observed target's intersection on
 * every frame that lays out; this puts a number on that choice.
 *
 * One browser without the extension, on the For You fixture with 5,000 items in the DOM. The page
 * gets a plain IntersectionObserver with the extension's reach (rootMargin 200%) on every item past
 * the first EAGER_BUTTONS, on WINDOW of them, or on none; then batches are appended and taken out
 * again as in the per-item section, while Chromium's trace records
 * `IntersectionObserverController::computeIntersections`. The three set-ups take turns, ROUNDS
 * times, so drifting load hits them alike. Figures: that trace event's CPU time per inserted item,
 * median over rounds; "added" is against no observer at all (the page has one of its own).
 */
import type { CDPSession, Page } from '@playwright/test';
import { EAGER_BUTTONS } from '../../lib/in-page/capture-controller';
import { WINDOW } from '../../lib/in-page/near-viewport';
import { launchChromium, serveFixture, singlePage } from './browser';
import { BATCH, grow, measureBatch } from './feed-batches';
import { FORYOU_ALL_IN_DOM_URL, FORYOU_ORIGIN, LIST_SELECTOR, foryouHtml, pickForyouVariant } from './feed-fixture';
import { openFeed } from './feed-page';
import { openObserverBracket } from './observer-bracket';
import { fmt, median, round } from './stats';
import type { BenchSection } from './types';

const ITEMS = 5_000;
const ROUNDS = 5;
const BATCHES_PER_ROUND = 6;
const EVENT = 'IntersectionObserverController::computeIntersections';
const REACH = '200%';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
}

/** CPU ms of the trace event EVENT while `work` runs. */
async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<number> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['blink', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events.filter((event) => event.name === EVENT && event.ph === 'X').reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0);
}

/** The page's extra observer: on `count` items past the first EAGER_BUTTONS (0: none). */
function observe(page: Page, count: number): Promise<void> {
  return page.evaluate(
    ({ count, skip, reach, list }) => {
      const state = window as unknown as { __benchWindowObserver?: IntersectionObserver };
      state.__benchWindowObserver?.disconnect();
      const observer = new IntersectionObserver(() => undefined, { rootMargin: reach });
      state.__benchWindowObserver = observer;
      const items = [...(document.querySelector(list)?.children ?? [])];
      for (const item of items.slice(skip, skip + count)) observer.observe(item);
    },
    { count, skip: EAGER_BUTTONS, reach: REACH, list: LIST_SELECTOR },
  );
}

export const observerWindow: BenchSection = {
  id: 'observerWindow',
  async run() {
    const variants = await foryouHtml();
    const browser = await launchChromium(null);
    try {
      // measureBatch reads the observer bracket's counter; without the extension it stays 0.
      await openObserverBracket(browser.context);
      await serveFixture(browser.context, FORYOU_ORIGIN, (url) => pickForyouVariant(url, variants));
      const page = await singlePage(browser.context);
      await openFeed(page, FORYOU_ALL_IN_DOM_URL, false);
      await grow(page, 'all-in-dom', ITEMS);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const setups = [
        { name: 'no extra observer', count: 0 },
        { name: `a window of ${WINDOW} (what the extension does)`, count: WINDOW },
        { name: `every item past the first ${EAGER_BUTTONS} (${(ITEMS - EAGER_BUTTONS).toLocaleString('en')})`, count: ITEMS - EAGER_BUTTONS },
      ];
      const perItem = setups.map(() => [] as number[]);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, setup] of setups.entries()) {
          await observe(page, setup.count);
          const ms = await traced(cdp, async () => {
            for (let batch = 0; batch < BATCHES_PER_ROUND; batch++) await measureBatch({ page, cdp }, 'all-in-dom');
          });
          perItem[i]?.push(ms / (BATCHES_PER_ROUND * BATCH));
        }
      }
      const base = median(perItem[0] ?? []);
      const rows = setups.map((setup, i) => {
        const value = median(perItem[i] ?? []);
        return { name: setup.name, observed: setup.count, perItem: round(value), added: round(value - base) };
      });
      return {
        title: `IntersectionObserver work per inserted item, ${ITEMS.toLocaleString('en')} items in the DOM: a window of items observed, or all of them`,
        tables: [
          {
            headers: ['observing', 'targets', `${EVENT.split('::')[1]} per item, ms`, 'added, ms'],
            rows: rows.map((row, i) => [row.name, row.observed, fmt(row.perItem), i === 0 ? '' : fmt(row.added)]),
          },
        ],
        notes: [
          `CPU time of the trace event ${EVENT} over batches of ${BATCH} appended and taken out again (as section 3's "all in DOM"), median of ${ROUNDS} rounds of ${BATCHES_PER_ROUND} batches, set-ups in turn.`,
          'No extension in this browser: the observer is a plain one with the same reach, so only the number of targets differs.',
        ],
        data: { items: ITEMS, rounds: ROUNDS, batchesPerRound: BATCHES_PER_ROUND, window: WINDOW, rows },
      };
    } finally {
      await browser.close();
    }
  },
};
