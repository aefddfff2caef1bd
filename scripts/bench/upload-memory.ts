/**
 * Browser memory while the extension uploads a big file: the resident memory (VmRSS from /proc,
 * summed over the browser process and all its children) sampled every 100 ms before, during and
 * after an upload of 100 MB and one of 500 MB, each in a fresh browser. Uploads stream the file
 * from disk, so the peak above the idle level should not grow with the file ("flat"): the verdict
 * compares the growth of that peak between the two sizes with the 400 MB between them.
 *
 * RSS counts pages shared between processes once per process: the absolute figures overstate
 * what the browser holds, the differences before/during/after are what to read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmt, round } from './stats';
import type { BenchSection } from './types';
import {
  MB,
  launchConnected,
  makeFile,
  residentBytes,
  browserProcesses,
  sampleMemory,
  sandboxReachableCopy,
  toMB,
  uploadThroughExtension,
} from './upload-harness';

const SIZES_MB = [100, 500] as const;
/** Peak growth per extra MB of file above which memory is said to grow with the file. */
const FLAT_LIMIT = 0.1;
const SETTLE_MS = 2_000;

interface SizeFigures {
  sizeMB: number;
  beforeMB: number;
  peakMB: number;
  afterMB: number;
  peakDeltaMB: number;
  seconds: number;
}

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(extensionDir: string, dir: string, sizeMB: number): Promise<SizeFigures> {
  const connected = await launchConnected(extensionDir);
  try {
    const file = makeFile(dir, `memory-${sizeMB}.mp4`, sizeMB * MB);
    await idle(SETTLE_MS);
    const beforeSampler = sampleMemory(connected.marker);
    await idle(1_000);
    const before = Math.min(...beforeSampler.stop());
    const during = sampleMemory(connected.marker);
    const times = await uploadThroughExtension(connected, file, sizeMB * MB, 180_000);
    const peak = Math.max(...during.stop());
    rmSync(file);
    await idle(SETTLE_MS);
    const after = residentBytes(browserProcesses(connected.marker));
    return { sizeMB, beforeMB: toMB(before), peakMB: toMB(peak), afterMB: toMB(after), peakDeltaMB: toMB(peak - before), seconds: times.endToEndMs / 1000 };
  } finally {
    await connected.close();
  }
}

export const uploadMemory: BenchSection = {
  id: 'uploadMemory',
  async run({ extensionDir }) {
    const build = sandboxReachableCopy(extensionDir);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sume-bench-upload-'));
    const figures: SizeFigures[] = [];
    try {
      for (const sizeMB of SIZES_MB) figures.push(await measure(build.dir, dir, sizeMB));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      build.remove();
    }
    const [small, big] = figures as [SizeFigures, SizeFigures];
    const growthPerMB = (big.peakDeltaMB - small.peakDeltaMB) / (big.sizeMB - small.sizeMB);
    const flat = growthPerMB <= FLAT_LIMIT;
    return {
      title: 'Browser memory while uploading (RSS of all browser processes, sampled every 100 ms)',
      tables: [
        {
          headers: ['file', 'before (MB)', 'peak during (MB)', 'after (MB)', 'peak − before (MB)', 'upload (s)'],
          rows: figures.map((f) => [`${f.sizeMB} MB`, fmt(f.beforeMB, 0), fmt(f.peakMB, 0), fmt(f.afterMB, 0), fmt(f.peakDeltaMB, 0), fmt(f.seconds, 1)]),
        },
      ],
      notes: [
        `Peak growth from ${small.sizeMB} MB to ${big.sizeMB} MB: ${fmt(big.peakDeltaMB - small.peakDeltaMB, 0)} MB, i.e. ${fmt(growthPerMB, 3)} MB per MB of file (flat if ≤ ${FLAT_LIMIT}): ${flat ? 'flat — within target' : 'grows with the file — over target'}.`,
        'Each size in a fresh browser; "before" is the lowest reading over 1 s of idle, "after" one reading 2 s after the asset exists.',
      ],
      data: {
        figures: figures.map((f) => Object.fromEntries(Object.entries(f).map(([key, value]) => [key, round(value, 1)]))),
        growthPerMB: round(growthPerMB, 4),
        flatLimit: FLAT_LIMIT,
        flat,
      },
    };
  },
};
