/**
 * The user's settings: one item, versioned, each migration a pure function tested against the
 * previous version's shape (settings.test.ts). Read through its schema; the per-platform switches
 * follow the platform registry, so a platform added later appears switched on with no migration.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { defaultBaseUrl } from '../build-config';
import { buttonsSchema, withEveryPlatform, type PlatformSwitches } from './platform-settings';
import { readValid } from './read-valid';

export const settingsSchema = z.object({
  baseUrl: z.string().min(1),
  /** The in-page capture button, per platform. */
  buttons: buttonsSchema,
  /** Ask before spending credits on a Reference Analysis (the user may turn this off). */
  confirmBeforeAnalyzing: z.boolean(),
  /**
   * With confirmation off, the credits that may go without asking in any hour; past it, the
   * extension asks again in its own surface. What any trick on a page could take is capped by it.
   */
  spendingLimitPerHour: z.number().int().min(0).max(100_000),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Four analyses at Sume's usual price: enough for a session of real clicks, little for a trick. */
export const DEFAULT_SPENDING_LIMIT_PER_HOUR = 20;

/** Numbered migrations of `settings`; each is pure and tested against the previous version's shape. */
export const settingsMigrations = {
  /** v2 added the per-platform in-page button switch, on by default. */
  2: (v1: { baseUrl: string }) => ({ ...v1, buttons: { tiktok: true, instagram: true } }),
  /** v3 added the "ask before spending credits" preference, on by default. */
  3: (v2: { baseUrl: string; buttons: { tiktok: boolean; instagram: boolean } }) => ({ ...v2, confirmBeforeAnalyzing: true }),
  /** v4 added the hourly spending limit that holds when confirmation is off. */
  4: <V3 extends { confirmBeforeAnalyzing: boolean }>(v3: V3) => ({ ...v3, spendingLimitPerHour: DEFAULT_SPENDING_LIMIT_PER_HOUR }),
};

export const defaultSettings = (): Settings => ({
  baseUrl: defaultBaseUrl(),
  buttons: withEveryPlatform(undefined) as PlatformSwitches,
  confirmBeforeAnalyzing: true,
  spendingLimitPerHour: DEFAULT_SPENDING_LIMIT_PER_HOUR,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 4,
  migrations: settingsMigrations,
});

/** The settings as stored, with a switch for every platform of the registry (new ones on). */
export async function readSettings(): Promise<Settings> {
  const stored = (await settingsItem.getValue()) as Partial<Settings> | null;
  const withPlatforms = stored && typeof stored === 'object' ? { ...stored, buttons: withEveryPlatform(stored.buttons) } : stored;
  return readValid({ key: settingsItem.key, fallback: settingsItem.fallback, getValue: async () => withPlatforms }, settingsSchema);
}
