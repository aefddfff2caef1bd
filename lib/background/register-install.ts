import { browser } from 'wxt/browser';
import { defaultBaseUrl, developmentSeedKey } from '../build-config';
import { restrictLocalStorageToExtension } from '../browser/storage-access';
import { apiKeyItem, readApiKey, readSettings, settingsItem } from '../storage';

/**
 * At every start of the background, close the key's storage to content scripts (a browser test
 * checks this from a content script's own world); on install, in a development build made by
 * `npm start`, seed the sandbox's base URL and demo key so the extension starts connected.
 */
export function registerInstall(): void {
  void restrictLocalStorageToExtension();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    const seedKey = developmentSeedKey();
    if (!seedKey || (await readApiKey())) return;
    await settingsItem.setValue({ ...(await readSettings()), baseUrl: defaultBaseUrl() });
    await apiKeyItem.setValue(seedKey);
  });
}
