import { defineConfig } from '@playwright/test';

/**
 * Browser end-to-end tests against the local sandbox (tests/sandbox). Chromium is driven by
 * Playwright; stock Firefox cannot be, so the `firefox` project drives firefox-esr through
 * puppeteer-core (WebDriver BiDi) inside the same runner. See /work/shared/browser-testing.md.
 */
export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own browser; on two cores one worker is as fast as two.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testMatch: 'e2e/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
