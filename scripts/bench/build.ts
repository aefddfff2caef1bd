/**
 * A fresh production build (`npx wxt build` → `.output/chrome-mv3`), copied to a private folder at
 * once: others may rebuild `.output` while the bench runs, and every section must measure the same
 * files. The production build has no loopback host permissions; the capture buttons need none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BUILD_COMMAND = ['npx', 'wxt', 'build'] as const;

export function buildProductionExtension(root: string): { dir: string; seconds: number } {
  const started = performance.now();
  const [command, ...args] = BUILD_COMMAND;
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${BUILD_COMMAND.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'sume-bench-build-')), 'chrome-mv3');
  cpSync(path.join(root, '.output', 'chrome-mv3'), dir, { recursive: true });
  return { dir, seconds: (performance.now() - started) / 1000 };
}
