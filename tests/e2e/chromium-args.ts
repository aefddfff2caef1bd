/**
 * Debian Chromium's flags on these machines (/work/shared/browser-testing.md): no background
 * networking (the network is closed), no first-run UI. Shared by the browser tests and the bench.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_BASE_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

export const extensionArgs = (dir: string) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
