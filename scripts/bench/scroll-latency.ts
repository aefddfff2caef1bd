/**
 * Section: an item scrolled into view → its capture button on screen, on a page that keeps
 * thousands of items (the For You fixture with its virtualization lifted, 1,000 items). Past
 * EAGER_BUTTONS the buttons are mounted as items come near the viewport (capture-controller.ts),
 * so this is the path where a button could lag behind its video.
 *
 * Three ways to scroll, one sample per move: "a screen at a time" (what a person does: the next item
 * comes into view), "a jump" of 100 items (nothing near was mounted ahead, but the items observed
 * around the viewport reach it: near-viewport.ts), and one of 200 (beyond them: the observer first
 * reports the old items leaving, then the new ones arriving).
 * Per sample, counted in animation frames from the scroll: the first frame that shows the item, and
 * the first frame whose rendering includes its button (host in the DOM with a box at that frame's
 * callback). "Frames late" is the difference; the target is p95 ≤ 1 frame (16.7 ms at 60 Hz).
 */
import type { Page } from '@playwright/test';
import { launchChromium, serveFixture, singlePage } from './browser';
import { grow } from './feed-batches';
import { EXPECT_SELECTOR, FORYOU_ALL_IN_DOM_URL, FORYOU_ORIGIN, HOST_SELECTOR, LIST_SELECTOR, foryouHtml, pickForyouVariant } from './feed-fixture';
import { openFeed } from './feed-page';
import { fmt, median, p95, round } from './stats';
import type { BenchSection } from './types';

const ITEMS = 1_000;
const SAMPLES = 40;
const TARGET_FRAMES = 1;
const FRAME_MS = 1000 / 60;

interface Sample {
  framesLate: number;
  msLate: number;
  missing?: boolean;
}

function sample(page: Page, step: number): Promise<Sample[]> {
  return page.evaluate(
    async ({ step, samples, list: listSelector, host: hostSelector, expect: expectSelector }) => {
      const items = [...(document.querySelector(listSelector) as Element).children].filter((item) => item.matches(expectSelector));
      const out: Sample[] = [];
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      // Past the first EAGER_BUTTONS items, which carry their buttons from the start; every move is
      // `step` items, turning back at either end of that range.
      const first = Math.floor(items.length / 2);
      let at = first;
      let direction = 1;
      if (items.length - first <= step) throw new Error(`Only ${items.length - first} items to move ${step} among.`);
      for (let n = 0; n < samples; n++) {
        if (at + direction * step >= items.length || at + direction * step < first) direction = -direction;
        at += direction * step;
        const item = items[at] as Element;
        await frame();
        item.scrollIntoView({ block: 'center' });
        let shown = -1;
        let shownAt = 0;
        let result: Sample = { framesLate: Number.NaN, msLate: Number.NaN, missing: true };
        for (let f = 0; f < 60; f++) {
          const now = await frame();
          const box = item.getBoundingClientRect();
          if (shown < 0 && box.bottom > 0 && box.top < innerHeight) {
            shown = f;
            shownAt = now;
          }
          const host = item.querySelector(hostSelector);
          if (shown >= 0 && host && host.getBoundingClientRect().width > 0) {
            result = { framesLate: f - shown, msLate: now - shownAt };
            break;
          }
        }
        out.push(result);
      }
      return out;
    },
    { step, samples: SAMPLES, list: LIST_SELECTOR, host: HOST_SELECTOR, expect: EXPECT_SELECTOR },
  );
}

export const scrollLatency: BenchSection = {
  id: 'scrollLatency',
  async run({ extensionDir }) {
    const browser = await launchChromium(extensionDir);
    try {
      const variants = await foryouHtml();
      await serveFixture(browser.context, FORYOU_ORIGIN, (url) => pickForyouVariant(url, variants));
      const page = await singlePage(browser.context);
      await openFeed(page, FORYOU_ALL_IN_DOM_URL, true);
      await grow(page, 'all-in-dom', ITEMS);
      const moves = [
        { name: 'a screen at a time (the next item)', samples: await sample(page, 1) },
        { name: 'a jump of 100 items', samples: await sample(page, 100) },
        { name: 'a jump of 200 items', samples: await sample(page, 200) },
      ];
      await page.evaluate(() => scrollTo(0, 0));
      const rows = moves.map(({ name, samples }) => {
        const found = samples.filter((s) => !s.missing);
        const frames = found.map((s) => s.framesLate);
        const ms = found.map((s) => s.msLate);
        const worst = frames.length ? p95(frames) : Number.NaN;
        return {
          name,
          n: samples.length,
          found: found.length,
          medianFrames: frames.length ? median(frames) : Number.NaN,
          p95Frames: worst,
          p95Ms: ms.length ? round(p95(ms)) : Number.NaN,
          verdict: found.length === samples.length && worst <= TARGET_FRAMES ? 'within target' : 'over target',
        };
      });
      return {
        title: `Item scrolled into view → its button on screen (For You fixture, ${ITEMS.toLocaleString('en')} items in the DOM, production build)`,
        tables: [
          {
            headers: ['scrolling', 'samples', 'buttons', 'frames late (median)', 'frames late (p95)', 'ms late (p95)', `target p95 ≤ ${TARGET_FRAMES} frame`],
            rows: rows.map((r) => [r.name, r.n, `${r.found}/${r.n}`, fmt(r.medianFrames, 1), fmt(r.p95Frames, 1), fmt(r.p95Ms, 1), r.verdict]),
          },
        ],
        notes: [
          'Frames late = animation frames between the first frame that shows the item and the first whose rendering includes its button; 0 = together.',
          `At ${ITEMS.toLocaleString('en')} items the page is past EAGER_BUTTONS: buttons are mounted within two screens of the viewport and taken off far away.`,
          `One frame is ${fmt(FRAME_MS, 1)} ms at 60 Hz.`,
        ],
        data: rows,
      };
    } finally {
      await browser.close();
    }
  },
};
