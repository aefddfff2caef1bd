import { browser } from 'wxt/browser';
import { defaultBaseUrl, developmentSeedKey } from '../build-config';
import { restrictLocalStorageToExtension } from '../browser/storage-access';
import { apiKeyItem, readApiKey, readSettings, settingsItem } from '../storage';

/**
 * The first-run page. Not in e2e builds: every browser test starts from a fresh install, and a tab
 * opening by itself would race the tests' own tabs (register-install.test.ts covers it; the page
 * itself has its own browser test).
 */
async function openWelcome(): Promise<void> {
  if (import.meta.env.MODE === 'e2e') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/**
 * At every start of the background, close the key's storage to content scripts (a browser test
 * checks this from a content script's own world); on install, in a development build made by
 * `npm start`, seed the sandbox's base URL and demo key so the extension starts connected.
 */
export function registerInstall(): void {
  void restrictLocalStorageToExtension();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    await openWelcome();
    const seedKey = developmentSeedKey();
    if (!seedKey || (await readApiKey())) return;
    await settingsItem.setValue({ ...(await readSettings()), baseUrl: defaultBaseUrl() });
    await apiKeyItem.setValue(seedKey);
  });
}
