/**
 * The browsers the tests drive: Debian's Chromium and Firefox ESR (no tool may download its own).
 * `ensureBrowsers()` installs what is missing the way `.ci/run` does when it can (root on a Debian
 * machine), and otherwise says the one command to run — before any test starts, not after a wall
 * of failed browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { pkg: 'chromium', path: '/usr/bin/chromium' },
  { pkg: 'firefox-esr', path: '/usr/bin/firefox-esr' },
] as const;

export type BrowserCheck = { ok: true; installed: string[] } | { ok: false; command: string };

export function missingBrowsers(exists: (path: string) => boolean = existsSync): string[] {
  return BROWSERS.filter((browser) => !exists(browser.path)).map((browser) => browser.pkg);
}

/** The one command that installs `missing` on Debian. */
export const installCommand = (missing: readonly string[]) => `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;

export function ensureBrowsers(): BrowserCheck {
  const missing = missingBrowsers();
  if (missing.length === 0) return { ok: true, installed: [] };
  const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!canInstall) return { ok: false, command: installCommand(missing) };
  console.log(`Installing ${missing.join(' and ')} from Debian (as .ci/run does)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env }) : update;
  const still = missingBrowsers();
  if (install.status !== 0 || still.length > 0) return { ok: false, command: installCommand(still.length ? still : missing) };
  return { ok: true, installed: missing };
}
