/**
 * Driving the For You feed for the per-item section: grow it to N, then append measured batches.
 *
 * Each batch is measured over the append plus a settle window (two frames and SETTLE_MS), which
 * holds everything the extension does for it: its MutationObserver callback (a microtask of the
 * appending task) with the buttons' first render, the style and layout of the shadow roots in
 * the next frame (and the mount points' position, read right after that layout), and the
 * capture-state request they send. Idle time never counts. Figures per batch:
 * - cpu: CDP `Performance.getMetrics` ThreadTime delta, the renderer main thread's CPU time
 *   (whichever world runs). CPU rather than wall time, because this machine is shared: waiting
 *   for a core inflates wall time, not CPU time.
 * - wall / js: TaskDuration (wall time of main-thread tasks) / ScriptDuration, for the record.
 * - observer: the extension's MutationObserver callbacks alone, timed in the page (observer-bracket.ts).
 *   Wall time, and it includes style work pulled forward from the next frame (see `styleRecalcs`).
 * Not measured: the CPU of the appending task alone. A CDP window around it cannot exclude the
 * frame that Chromium may run before the next CDP command (≈ 0.5 s of layout at 5,000 items).
 */
import type { CDPSession, Page } from '@playwright/test';
import { mainThreadMetrics, type MainThreadMetrics } from './browser';
import { EXPECT_SELECTOR, HOST_SELECTOR, LIST_SELECTOR, type FeedFixture } from './feed-fixture';
import type { BracketWindow } from './observer-bracket';

export const BATCH = 50;
/** Preact runs effects after the next frame; the capture-state request they send returns within a few ms. */
export const SETTLE_MS = 60;

/**
 * "virtualized": the fixture as written; "all-in-dom": its virtualization lifted; "all-in-dom-skipped":
 * lifted too, with off-screen items skipped by layout (feed-fixture.ts).
 */
export type Feed = 'virtualized' | 'all-in-dom' | 'all-in-dom-skipped';

export interface FeedSide {
  page: Page;
  cdp: CDPSession;
}

export type Metric = 'cpu' | 'wall' | 'js' | 'observer';
export type BatchFigures = Record<Metric, number> & { styleRecalcs: number; expected: number; buttons: number };

/** Grows the feed until it holds `target` items (in the DOM, or ever appended when virtualized); returns the DOM count. */
export function grow(page: Page, feed: Feed, target: number): Promise<number> {
  return page.evaluate(
    async ({ target, inDom, listSelector }) => {
      const fixture = (window as unknown as { __fixture: FeedFixture }).__fixture;
      const list = document.querySelector(listSelector) as Element;
      // Items carry their position in the feed (counting those virtualized away) in data-scroll-index.
      const appended = () => Number(list.lastElementChild?.getAttribute('data-scroll-index') ?? -1) + 1;
      const size = () => (inDom ? list.childElementCount : appended());
      // All in DOM: one append, since every frame in between would lay out the whole feed (~1 s at
      // 5,000 items). Virtualized: small appends, since the fixture reads the box of every item it
      // drops (a forced layout of everything still in the DOM, the new chunk included).
      const chunk = inDom ? Number.POSITIVE_INFINITY : 50;
      while (size() < target) {
        fixture.append(Math.min(chunk, target - size()));
        await new Promise((resolve) => setTimeout(resolve));
      }
      // Let deferred work (Preact effects, state requests) finish before anything is measured.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)));
      return list.childElementCount;
    },
    { target, inDom: feed !== 'virtualized', listSelector: LIST_SELECTOR },
  );
}

export async function measureBatch(side: FeedSide, feed: Feed): Promise<BatchFigures> {
  const before = await mainThreadMetrics(side.cdp);
  const firstNew = await side.page.evaluate(
    ({ batch, listSelector }) => {
      const list = document.querySelector(listSelector) as Element;
      const next = Number(list.lastElementChild?.getAttribute('data-scroll-index') ?? -1) + 1;
      (window as unknown as BracketWindow).__benchObserverBracket.totalMs = 0;
      (window as unknown as { __fixture: FeedFixture }).__fixture.append(batch);
      return next;
    },
    { batch: BATCH, listSelector: LIST_SELECTOR },
  );
  const inPage = await side.page.evaluate(
    async ({ firstNew, settleMs, listSelector, host, expect }) => {
      const list = document.querySelector(listSelector) as Element;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, settleMs))));
      // Of the new items still in the DOM, how many expect a button and how many have one.
      const fresh = [...list.children].filter((item) => Number(item.getAttribute('data-scroll-index')) >= firstNew);
      const expected = fresh.filter((item) => item.matches(expect));
      const observer = (window as unknown as BracketWindow).__benchObserverBracket.totalMs;
      return { observer, expected: expected.length, buttons: expected.filter((item) => item.querySelector(host)).length };
    },
    { firstNew, settleMs: SETTLE_MS, listSelector: LIST_SELECTOR, host: HOST_SELECTOR, expect: EXPECT_SELECTOR },
  );
  const after = await mainThreadMetrics(side.cdp);
  if (feed !== 'virtualized') await removeLastBatch(side.page);
  const delta = (key: keyof MainThreadMetrics) => (after[key] - before[key]) * 1000;
  return {
    cpu: delta('ThreadTime'),
    wall: delta('TaskDuration'),
    js: delta('ScriptDuration'),
    styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
    ...inPage,
  };
}

/**
 * Back to N after a measured batch, unmeasured: the batch just appended is taken out again. Not
 * with `__fixture.virtualize(N)`, which reads every removed item's box (a forced layout per item:
 * ~6 s per batch at 5,000 items). The fixture's model still counts these items as mounted; with
 * virtualization lifted nothing reads that. One frame is awaited so the relayout is not billed to
 * the next batch.
 */
async function removeLastBatch(page: Page): Promise<void> {
  await page.evaluate(
    async ({ batch, listSelector }) => {
      const list = document.querySelector(listSelector) as Element;
      for (let i = 0; i < batch; i++) list.lastElementChild?.remove();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    },
    { batch: BATCH, listSelector: LIST_SELECTOR },
  );
}
