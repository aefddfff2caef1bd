/**
 * The API key and what the last check of it said. The key lives only in `storage.local` (never
 * `sync`), which the background closes to content scripts where the browser allows it
 * (lib/browser/storage-access.ts); only its masked form ever leaves the background.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { serializedSumeErrorSchema } from '../api/errors';
import { readValid } from './read-valid';

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

export const apiKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

export const accountStateItem = storage.defineItem<AccountState | null>('local:accountState', { fallback: null, version: 1 });

export const readAccountState = () => readValid(accountStateItem, accountStateSchema.nullable());
// An unusable key value is not set aside like other values: it may be the key itself.
export const readApiKey = async () => {
  const parsed = z
    .string()
    .min(1)
    .nullable()
    .safeParse(await apiKeyItem.getValue());
  return parsed.success ? parsed.data : null;
};

/** Sume's balance, as just read, becomes the account's (its watchers see it). */
export async function keepBalance(remaining: number): Promise<void> {
  const state = await readAccountState();
  if (!state?.account || state.account.remainingCredits === remaining) return;
  await accountStateItem.setValue({ ...state, account: { ...state.account, remainingCredits: remaining } });
}
