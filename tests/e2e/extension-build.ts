/**
 * Where the e2e builds live and how they are made. `wxt build --mode e2e` writes to a
 * mode-suffixed folder (`.output/chrome-mv3-e2e/`), next to — never over — the store build.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_E2E_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));
export const FIREFOX_E2E_BUILD = fileURLToPath(new URL('../../.output/firefox-mv2-e2e', import.meta.url));

/** The e2e builds carry loopback host permissions, so the background can reach the sandbox. */
export function buildExtensionForE2e(): void {
  const wxt = fileURLToPath(new URL('../../node_modules/.bin/wxt', import.meta.url));
  for (const browserArgs of [[], ['-b', 'firefox']]) {
    execFileSync(wxt, ['build', ...browserArgs, '--mode', 'e2e'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
}
