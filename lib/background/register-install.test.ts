import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerInstall } from './register-install';

const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

describe('the first-run page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once, on install', async () => {
    registerInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('does not open on an update or a browser update', async () => {
    registerInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
