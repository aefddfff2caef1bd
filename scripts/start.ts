/**
 * `npm start`: the extension running against the sandbox (or real Sume when SUME_BASE_URL and
 * SUME_API_KEY are set). Builds a development build with those defaults baked in, then launches
 * Chromium with it when a display is available; otherwise prints how to load it by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../tests/sandbox/server';

const root = path.resolve(import.meta.dirname, '..');
const chromeDir = path.join(root, '.output/chrome-mv3-dev');
const firefoxDir = path.join(root, '.output/firefox-mv2-dev');

async function connection(): Promise<{ baseUrl: string; apiKey: string; stop?: () => Promise<void>; label: string }> {
  const { SUME_BASE_URL, SUME_API_KEY } = process.env;
  if (SUME_BASE_URL && SUME_API_KEY) return { baseUrl: SUME_BASE_URL, apiKey: SUME_API_KEY, label: 'Sume (SUME_BASE_URL)' };
  const port = Number(process.env.SUME_SANDBOX_PORT ?? 8787);
  const sandbox = await startSandbox({ port, log: true });
  return { baseUrl: sandbox.baseUrl, apiKey: sandbox.demoKey, stop: sandbox.close, label: 'the local Sume sandbox' };
}

function build(browser: 'chrome' | 'firefox', env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'development', '-b', browser], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build -b ${browser} failed`);
}

function chromiumPath(): string | undefined {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
}

const target = await connection();
const env = { ...process.env, WXT_SUME_BASE_URL: target.baseUrl, WXT_SUME_API_KEY: target.apiKey };
build('chrome', env);
build('firefox', env);

console.log(`\nSume Capture (development build) is set up for ${target.label} at ${target.baseUrl}.`);
if (target.stop) console.log(`Its demo key (${target.apiKey}) is filled in for you: the popup should say "Connected as Sandbox Demo".`);

const browserPath = chromiumPath();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && browserPath) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sume-capture-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${chromeDir}`,
    `--load-extension=${chromeDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'https://www.tiktok.com/',
  ];
  console.log(`Launching ${browserPath} with the extension loaded (fresh profile ${profile}).`);
  spawn(browserPath, args, { stdio: 'ignore', detached: false });
} else {
  console.log(`
No display here, so load the extension yourself:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked"
                   and choose ${chromeDir}
  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
                   and choose ${path.join(firefoxDir, 'manifest.json')}`);
}
if (target.stop) {
  console.log('\nThe sandbox keeps running until you press Ctrl+C.');
  const stop = () => void target.stop!().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
