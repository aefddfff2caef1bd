import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsItem, settingsMigrations } from './settings';

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('v1 → v2 keeps the base URL and turns the in-page button on for both platforms', () => {
    expect(settingsMigrations[2]({ baseUrl: 'https://api.example.test/v1' })).toEqual({
      baseUrl: 'https://api.example.test/v1',
      buttons: { tiktok: true, instagram: true },
    });
  });

  it('v2 → v3 asks before spending credits by default', () => {
    expect(settingsMigrations[3]({ baseUrl: 'u', buttons: { tiktok: false, instagram: true } })).toEqual({
      baseUrl: 'u',
      buttons: { tiktok: false, instagram: true },
      confirmBeforeAnalyzing: true,
    });
  });

  it('v3 → v4 keeps the user’s choices and caps unasked spending at 20 credits an hour', () => {
    expect(settingsMigrations[4]({ baseUrl: 'u', buttons: { tiktok: true, instagram: false }, confirmBeforeAnalyzing: false })).toEqual({
      baseUrl: 'u',
      buttons: { tiktok: true, instagram: false },
      confirmBeforeAnalyzing: false,
      spendingLimitPerHour: 20,
    });
  });

  it('a stored v1 value is migrated when read', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 'https://api.example.test/v1' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({
      baseUrl: 'https://api.example.test/v1',
      buttons: { tiktok: true, instagram: true },
      confirmBeforeAnalyzing: true,
      spendingLimitPerHour: 20,
    });
  });
});
