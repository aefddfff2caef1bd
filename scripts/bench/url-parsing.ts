/**
 * Section: how long `parseReferenceUrl` takes on inputs built to make a parser backtrack
 * (tests/data/adversarial-urls.ts), against an ordinary link of the same platform. The unit tests
 * prove the answers; this reports the time, which a test must never assert.
 */
import { ADVERSARIAL_URLS } from '../../tests/data/adversarial-urls';
import { parseReferenceUrl } from '../../lib/platforms';
import { fmt, median, round } from './stats';
import type { BenchSection } from './types';

const RUNS = 50;
/** A linear parser answers any of these in well under a millisecond; 5 ms would mean trouble. */
const TARGET_MS = 5;
const ORDINARY = { name: 'an ordinary TikTok link (for scale)', input: 'https://www.tiktok.com/@sume.demo/video/7301234567890123456?is_from_webapp=1' };

function timeOne(input: string): { medianMs: number; maxMs: number } {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    parseReferenceUrl(input);
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), maxMs: Math.max(...samples) };
}

export const urlParsing: BenchSection = {
  id: 'urlParsing',
  async run() {
    const rows = [ORDINARY, ...ADVERSARIAL_URLS].map(({ name, input }) => ({ name, length: input.length, ...timeOne(input) }));
    const worst = rows.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    return {
      title: `URL parsing on adversarial input (parseReferenceUrl, ${RUNS} runs each, in Node)`,
      tables: [
        {
          headers: ['input', 'characters', 'median ms', 'max ms'],
          rows: rows.map((r) => [r.name, r.length, fmt(r.medianMs, 4), fmt(r.maxMs, 4)]),
        },
      ],
      notes: [
        `Worst median: ${fmt(worst.medianMs, 4)} ms (${worst.name}); target ≤ ${TARGET_MS} ms: ${worst.medianMs <= TARGET_MS ? 'within target' : 'over target'}.`,
        'Only the first 2,048 characters of any input are read, so 100 KB costs no more than 2 KB; a link whose address fits is accepted however long its query.',
      ],
      data: rows.map((r) => ({ ...r, medianMs: round(r.medianMs, 5), maxMs: round(r.maxMs, 5) })),
    };
  },
};
