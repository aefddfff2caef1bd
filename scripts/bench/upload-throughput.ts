/**
 * Upload throughput: the extension sending a 200 MB video to the sandbox, against `curl -T` of the
 * same file to a signed URL of the same sandbox, in the same run, alternating (curl, extension,
 * curl, extension) so drifting machine load hits both alike.
 *
 * Extension: the file chosen on the Uploads tab of the production build (upload-harness.ts); its
 * PUT time is from "presign answered" to "storage received the last byte" on the sandbox's clock,
 * which also holds the extension's own hand-over to its offscreen uploader. End to end (file chosen
 * → asset created) is shown beside it. curl: its own `time_total` for the PUT, with `Expect:` off
 * so it does not wait for a 100-continue. Figures are MB/s with MB = 2^20 bytes; the ratio is the
 * median extension PUT rate over the median curl rate (target ≥ 0.8).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fmt, median, round } from './stats';
import type { BenchSection } from './types';
import { MB, launchConnected, makeFile, presign, sandboxReachableCopy, uploadThroughExtension } from './upload-harness';

const SIZE = 200 * MB;
const ROUNDS = 3;
const TARGET_RATIO = 0.8;

/** Runs curl without blocking: the sandbox answering it lives in this very process. */
async function curlPut(file: string, url: string, headers: Record<string, string>): Promise<number> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const { stdout } = await promisify(execFile)(
    'curl',
    ['-sS', '--fail', '-T', file, ...headerArgs, '-H', 'Expect:', '-o', '/dev/null', '-w', '%{time_total}', url],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return Number(stdout.trim()) * 1000;
}

export const uploadThroughput: BenchSection = {
  id: 'uploadThroughput',
  async run({ extensionDir }) {
    const build = sandboxReachableCopy(extensionDir);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sume-bench-upload-'));
    const connected = await launchConnected(build.dir);
    const curlMs: number[] = [];
    const extension: { putMs: number; endToEndMs: number }[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const file = makeFile(dir, `throughput-${round}.mp4`, SIZE);
        const signed = await presign(connected.sandbox, path.basename(file), 'video/mp4', SIZE);
        curlMs.push(await curlPut(file, signed.url, signed.headers));
        extension.push(await uploadThroughExtension(connected, file, SIZE, 120_000));
        rmSync(file);
      }
    } finally {
      await connected.close();
      rmSync(dir, { recursive: true, force: true });
      build.remove();
    }

    const rate = (ms: number) => SIZE / MB / (ms / 1000);
    const curlRate = median(curlMs.map(rate));
    const putRate = median(extension.map((run) => rate(run.putMs)));
    const endToEndRate = median(extension.map((run) => rate(run.endToEndMs)));
    const ratio = putRate / curlRate;
    return {
      title: `Upload throughput: the extension vs curl, ${SIZE / MB} MB to the sandbox (median of ${ROUNDS})`,
      tables: [
        {
          headers: ['uploader', 'what is timed', 'seconds (each run)', 'MB/s (median)'],
          rows: [
            ['curl -T', 'PUT (curl time_total)', curlMs.map((ms) => fmt(ms / 1000, 2)).join(', '), fmt(curlRate, 1)],
            ['extension', 'PUT (presign answered → last byte stored)', extension.map((run) => fmt(run.putMs / 1000, 2)).join(', '), fmt(putRate, 1)],
            ['extension', 'end to end (file chosen → asset created)', extension.map((run) => fmt(run.endToEndMs / 1000, 2)).join(', '), fmt(endToEndRate, 1)],
          ],
        },
      ],
      notes: [
        `Extension PUT rate / curl rate = ${fmt(ratio, 2)} (target ≥ ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'within target' : 'over target (slower than allowed)'}.`,
        'Same sandbox, same file (sparse, so disk reads cost both sides alike), alternating curl and extension runs.',
        'End to end adds keeping the file in IndexedDB, presign and finalize; the target is on the PUT.',
      ],
      data: {
        sizeBytes: SIZE,
        curlMs: curlMs.map((ms) => round(ms, 1)),
        extension: extension.map((run) => ({ putMs: round(run.putMs, 1), endToEndMs: round(run.endToEndMs, 1) })),
        curlMBps: round(curlRate, 2),
        extensionPutMBps: round(putRate, 2),
        extensionEndToEndMBps: round(endToEndRate, 2),
        ratio: round(ratio, 3),
        targetRatio: TARGET_RATIO,
      },
    };
  },
};
