/** A fresh sandbox on a random port for every test: starting one takes milliseconds. */
import { test as base } from '@playwright/test';
import type { SandboxOptions } from '../sandbox/server';
import { SandboxDriver } from './sandbox-driver';

export const test = base.extend<{ sandbox: SandboxDriver; sandboxOptions: Partial<SandboxOptions> }>({
  /** Options of the test's sandbox (`test.use({ sandboxOptions: { runningMs: 800 } })`); none by default. */
  sandboxOptions: [{}, { option: true }],
  sandbox: async ({ sandboxOptions }, use) => {
    const sandbox = await SandboxDriver.start(sandboxOptions);
    await use(sandbox);
    await sandbox.stop();
  },
});

export { expect } from '@playwright/test';
