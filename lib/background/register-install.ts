import { browser } from 'wxt/browser';
import { buildDefaults } from '../build-config';
import { restrictLocalStorageToExtension } from '../browser/storage-access';
import { apiKeyItem, readApiKey, readSettings, settingsItem } from '../storage';

/**
 * On install: close the key's storage to content scripts and, in a development build made by
 * `npm start`, seed the sandbox's base URL and demo key so the extension starts connected.
 */
export function registerInstall(): void {
  void restrictLocalStorageToExtension();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    const defaults = buildDefaults();
    if (!defaults.seedApiKey || (await readApiKey())) return;
    await settingsItem.setValue({ ...(await readSettings()), baseUrl: defaults.baseUrl });
    await apiKeyItem.setValue(defaults.seedApiKey);
  });
}
