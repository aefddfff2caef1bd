/** Section 1: what every TikTok/Instagram tab downloads and parses — each content script, raw and gzip. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './types';

/** 12 KB gzip per content script (issue 11: headroom for what comes next; see lib/in-page/capture-state.ts). */
const TARGET_GZIP_BYTES = 12 * 1024;
const SCRIPTS = { tiktok: 'content-scripts/tiktok.js', instagram: 'content-scripts/instagram.js' } as const;

export const contentScriptSize: BenchSection = {
  id: 'contentScriptSize',
  async run({ extensionDir }) {
    const rows = Object.entries(SCRIPTS).map(([platform, file]) => {
      const bytes = readFileSync(path.join(extensionDir, file));
      const gzip = gzipSync(bytes, { level: 9 }).length;
      return { platform, file, raw: bytes.length, gzip, targetGzip: TARGET_GZIP_BYTES, withinTarget: gzip <= TARGET_GZIP_BYTES };
    });
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
    return {
      title: '1. Content-script size (fresh `npx wxt build`, .output/chrome-mv3)',
      tables: [
        {
          headers: ['platform', 'file', 'raw', 'gzip -9', 'target', 'verdict'],
          rows: rows.map((r) => [r.platform, r.file, kb(r.raw), kb(r.gzip), `≤ ${kb(r.targetGzip)}`, r.withinTarget ? 'within target' : 'over target']),
        },
      ],
      notes: ['KB = 1,024 bytes; gzip at level 9 (node:zlib), the file as the browser loads it.'],
      data: rows,
    };
  },
};
