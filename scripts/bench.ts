/**
 * `npm run bench`: performance figures of the extension, from one run, printed with what produced
 * them and saved to `.tmp/bench.json`. A benchmark reports; it never fails on a figure (targets are
 * printed as "within target" / "over target") and `npm test` does not run it.
 *
 * Sections live in scripts/bench/, one module each; add a new one to SECTIONS.
 */
// First: extension code reads browser.i18n when it is imported.
import './bench/english-messages';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumVersion } from './bench/browser';
import { buttonLatency } from './bench/button-latency';
import { BUILD_COMMAND, buildProductionExtension } from './bench/build';
import { confirmationLatency } from './bench/confirmation-latency';
import { contentScriptSize } from './bench/content-script-size';
import { observerWindow } from './bench/observer-window';
import { panelFollow } from './bench/panel-follow';
import { perItemCost } from './bench/per-item-cost';
import { searchLatency } from './bench/search-latency';
import { batchSend, selectMode } from './bench/select-mode';
import { scrollLatency } from './bench/scroll-latency';
import { jobPolling } from './bench/job-polling';
import { formatTable } from './bench/table';
import type { BenchSection, SectionResult } from './bench/types';
import { uploadMemory } from './bench/upload-memory';
import { uploadThroughput } from './bench/upload-throughput';
import { urlParsing } from './bench/url-parsing';

const SECTIONS: BenchSection[] = [
  contentScriptSize,
  buttonLatency,
  scrollLatency,
  confirmationLatency,
  perItemCost,
  observerWindow,
  panelFollow,
  searchLatency,
  selectMode,
  batchSend,
  jobPolling,
  uploadThroughput,
  uploadMemory,
  urlParsing,
];

/** `npm run bench -- --only <id>[,<id>]` runs just those sections (ids as in SECTIONS). */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const command = process.env.npm_lifecycle_event
  ? `npm run ${process.env.npm_lifecycle_event}  (${process.env.npm_lifecycle_script})`
  : `tsx ${path.relative(root, process.argv[1] ?? 'scripts/bench.ts')}`;
const header = {
  command,
  date: new Date().toISOString(),
  chromium: chromiumVersion(),
  node: process.version,
  platform: `${process.platform} ${process.arch}, ${os.cpus().length} cores`,
  // Shared machines: the 1/5/15-minute load average tells how much the figures may be disturbed.
  loadAverage: os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' '),
};
console.log(
  `Sume Capture bench\n${Object.entries(header)
    .map(([key, value]) => `  ${`${key}:`.padEnd(13)} ${value}`)
    .join('\n')}`,
);

console.log(`\n▶ ${BUILD_COMMAND.join(' ')} (production build)`);
const build = buildProductionExtension(root);
console.log(`  done in ${build.seconds.toFixed(1)} s; measuring a copy at ${build.dir}`);

const results: Record<string, SectionResult | { error: string }> = {};
for (const section of SECTIONS.filter((s) => !only || only.has(s.id))) {
  const sectionStarted = performance.now();
  try {
    const result = await section.run({ root, extensionDir: build.dir });
    results[section.id] = result;
    console.log(`\n${result.title}  [${((performance.now() - sectionStarted) / 1000).toFixed(1)} s]\n`);
    for (const table of result.tables) console.log(`${formatTable(table)}\n`);
    for (const note of result.notes) console.log(`  · ${note}`);
  } catch (error) {
    // One broken section must not hide the others' figures.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results[section.id] = { error: message };
    console.log(`\n✘ ${section.id} could not run:\n${message}`);
  }
}

rmSync(path.dirname(build.dir), { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
const json = path.join(root, '.tmp', 'bench.json');
mkdirSync(path.dirname(json), { recursive: true });
writeFileSync(
  json,
  `${JSON.stringify({ ...header, loadAverageAtEnd: os.loadavg().map((load) => Number(load.toFixed(2))), totalSeconds: Number(seconds.toFixed(1)), sections: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, 'data' in r ? { title: r.title, notes: r.notes, data: r.data } : r])) }, null, 2)}\n`,
);
console.log(
  `\nTotal ${seconds.toFixed(1)} s; load average at the end ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}; figures saved to ${path.relative(root, json)}`,
);
