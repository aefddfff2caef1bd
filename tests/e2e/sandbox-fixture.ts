/** A fresh sandbox on a random port for every test: starting one takes milliseconds. */
import { test as base } from '@playwright/test';
import { SandboxDriver } from './sandbox-driver';

export const test = base.extend<{ sandbox: SandboxDriver }>({
  sandbox: async ({}, use) => {
    const sandbox = await SandboxDriver.start();
    await use(sandbox);
    await sandbox.stop();
  },
});

export { expect } from '@playwright/test';
