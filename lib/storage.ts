/**
 * Every persisted value, in one typed module. Each item has a version and numbered migrations;
 * each read is validated with zod, so a corrupt or foreign value falls back instead of crashing.
 * The API key lives only in `storage.local` (never `sync`), which the background closes to content
 * scripts where the browser allows it (see lib/browser/storage-access.ts).
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { serializedSumeErrorSchema } from './api/errors';
import { defaultBaseUrl } from './build-config';

export const settingsSchema = z.object({
  baseUrl: z.string().min(1),
  /** The in-page capture button, per platform. */
  buttons: z.object({ tiktok: z.boolean(), instagram: z.boolean() }),
  /** Ask before spending credits on a Reference Analysis (the user may turn this off). */
  confirmBeforeAnalyzing: z.boolean(),
  /**
   * With confirmation off, the credits that may go without asking in any hour; past it, the
   * extension asks again in its own surface. What any trick on a page could take is capped by it.
   */
  spendingLimitPerHour: z.number().int().min(0).max(100_000),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Numbered migrations of `settings`; each is pure and tested against the previous version's shape. */
export const settingsMigrations = {
  /** v2 added the per-platform in-page button switch, on by default. */
  2: (v1: { baseUrl: string }) => ({ ...v1, buttons: { tiktok: true, instagram: true } }),
  /** v3 added the "ask before spending credits" preference, on by default. */
  3: (v2: { baseUrl: string; buttons: Settings['buttons'] }) => ({ ...v2, confirmBeforeAnalyzing: true }),
  /** v4 added the hourly spending limit that holds when confirmation is off. */
  4: (v3: Omit<Settings, 'spendingLimitPerHour'>): Settings => ({ ...v3, spendingLimitPerHour: DEFAULT_SPENDING_LIMIT_PER_HOUR }),
};

/** Four analyses at Sume's usual price: enough for a session of real clicks, little for a trick. */
export const DEFAULT_SPENDING_LIMIT_PER_HOUR = 20;

export const defaultSettings = (): Settings => ({
  baseUrl: defaultBaseUrl(),
  buttons: { tiktok: true, instagram: true },
  confirmBeforeAnalyzing: true,
  spendingLimitPerHour: DEFAULT_SPENDING_LIMIT_PER_HOUR,
});

export const accountSummarySchema = z.object({
  userId: z.string(),
  userName: z.string().optional(),
  userEmail: z.string().optional(),
  workspaceId: z.string(),
  workspaceName: z.string().optional(),
  keyPrefix: z.string().optional(),
  plan: z.string().optional(),
  remainingCredits: z.number().optional(),
  monthlyCredits: z.number().optional(),
  bonusCredits: z.number().optional(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** What the popup shows at once: the last good account and the last check's outcome. */
export const accountStateSchema = z.object({
  baseUrl: z.string(),
  account: accountSummarySchema.optional(),
  error: serializedSumeErrorSchema.optional(),
  checkedAt: z.number(),
});
export type AccountState = z.infer<typeof accountStateSchema>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 4,
  migrations: settingsMigrations,
});

export const apiKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

export const accountStateItem = storage.defineItem<AccountState | null>('local:accountState', {
  fallback: null,
  version: 1,
});

/** Reads an item and validates it; an invalid stored value reads as the fallback. */
export async function readValid<T>(item: { getValue(): Promise<unknown>; fallback: T }, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : item.fallback;
}

export const readSettings = () => readValid(settingsItem, settingsSchema);
export const readAccountState = () => readValid(accountStateItem, accountStateSchema.nullable());
export const readApiKey = () => readValid(apiKeyItem, z.string().min(1).nullable());
