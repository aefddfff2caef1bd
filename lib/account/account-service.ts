/**
 * Connecting to Sume and keeping the popup's "Connected as … · N credits" fresh. Runs in the
 * background; the key never leaves it except masked.
 */
import { createSumeClient, type SumeClient } from '../api/client';
import { SumeApiError, type SerializedSumeError } from '../api/errors';
import { displayHost, originPermissionPattern, parseBaseUrl, sameApiOrigin } from '../api/base-url';
import { maskApiKey } from '../api/redact';
import type { FetchLike } from '../api/transport';
import type { AccountView, ConnectRequest, ConnectResult } from './account-view';
import { accountStateItem, apiKeyItem, readAccountState, readApiKey, readSettings, settingsItem, type AccountState, type AccountSummary } from '../storage';
import { reportError } from '../diagnostics/report';
import { t } from '../i18n/t';

export interface AccountServiceDeps {
  fetch: FetchLike;
  hasOriginPermission: (pattern: string) => Promise<boolean>;
  now?: () => number;
}

const KEY_PATTERN = /^[\x21-\x7e]{8,512}$/;

function localError(code: string, message: string): SerializedSumeError {
  return { kind: 'http', code, message };
}

/** Longest a name from Sume is shown (and kept): what a person reads in one line, never a page of it. */
export const MAX_NAME_LENGTH = 80;

/** A string from Sume, bounded for display: whitespace runs folded, cut at `max` with an ellipsis. */
export function clipText(value: string | undefined, max = MAX_NAME_LENGTH): string | undefined {
  if (value === undefined) return undefined;
  const folded = value.replace(/\s+/g, ' ').trim();
  const chars = [...folded];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : folded;
}

function summarise(me: Awaited<ReturnType<SumeClient['me']>>, credits: Awaited<ReturnType<SumeClient['credits']>> | undefined): AccountSummary {
  const summary: AccountSummary = { userId: clipText(me.user.id, 100) ?? '', workspaceId: clipText(me.workspace.id, 100) ?? '' };
  const optional: Partial<AccountSummary> = {
    userName: clipText(me.user.name),
    userEmail: clipText(me.user.email, 254),
    workspaceName: clipText(me.workspace.name),
    keyPrefix: clipText(me.api_key?.prefix, 40),
    plan: clipText(credits?.plan, 40),
    remainingCredits: credits?.remaining_credits,
    monthlyCredits: credits?.monthly_credits,
    bonusCredits: credits?.bonus_credits,
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined) (summary as Record<string, unknown>)[field] = value;
  }
  return summary;
}

export function createAccountService(deps: AccountServiceDeps) {
  const now = deps.now ?? Date.now;
  let refreshing: Promise<AccountView> | undefined;

  function clientFor(baseUrl: string, apiKey: string): SumeClient {
    return createSumeClient({ baseUrl, getApiKey: () => apiKey, fetch: deps.fetch, timeoutMs: 10_000, retry: { attempts: 2 } });
  }

  /** /me decides whether the key works; /credits is best effort (a key may lack the scope). */
  async function fetchAccount(client: SumeClient): Promise<AccountSummary> {
    const me = await client.me();
    const credits = await client.credits().catch((error: unknown) => void reportError('account', 'Reading the credit balance', error));
    return summarise(me, credits);
  }

  async function view(): Promise<AccountView> {
    const [settings, apiKey, state] = await Promise.all([readSettings(), readApiKey(), readAccountState()]);
    return {
      baseUrl: settings.baseUrl,
      hasKey: apiKey !== null,
      ...(apiKey ? { maskedKey: maskApiKey(apiKey) } : {}),
      state: state && state.baseUrl === settings.baseUrl ? state : null,
    };
  }

  async function refreshNow(): Promise<AccountView> {
    const [settings, apiKey, previous] = await Promise.all([readSettings(), readApiKey(), readAccountState()]);
    if (!apiKey) return view();
    const lastGood = previous?.baseUrl === settings.baseUrl ? previous.account : undefined;
    let next: AccountState;
    try {
      next = { baseUrl: settings.baseUrl, account: await fetchAccount(clientFor(settings.baseUrl, apiKey)), checkedAt: now() };
    } catch (error) {
      if (!(error instanceof SumeApiError)) throw error;
      next = { baseUrl: settings.baseUrl, ...(lastGood ? { account: lastGood } : {}), error: error.toJSON(), checkedAt: now() };
    }
    await accountStateItem.setValue(next);
    return view();
  }

  return {
    view,

    /** One refresh at a time; concurrent callers share it. */
    refresh(): Promise<AccountView> {
      refreshing ??= refreshNow().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },

    /** Validates the candidate settings with /me and saves them only if they work. */
    async connect(request: ConnectRequest): Promise<ConnectResult> {
      const parsed = parseBaseUrl(request.baseUrl);
      if (!parsed.ok) return { ok: false, error: localError('invalid_base_url', parsed.reason) };
      // The saved key goes only where it was saved for; another origin needs its own key, pasted now.
      const keepsOrigin = sameApiOrigin((await readSettings()).baseUrl, parsed.baseUrl);
      const apiKey = request.apiKey?.trim() || (keepsOrigin ? await readApiKey() : null);
      if (!apiKey && !keepsOrigin && (await readApiKey())) {
        return {
          ok: false,
          error: localError('key_required_for_origin', t('core_keyForOtherHost', { host: displayHost(parsed.baseUrl) ?? parsed.origin })),
        };
      }
      if (!apiKey) return { ok: false, error: localError('no_api_key', t('core_keyMissing')) };
      if (!KEY_PATTERN.test(apiKey)) {
        return { ok: false, error: localError('invalid_api_key', t('core_keyMalformed')) };
      }
      if (!(await deps.hasOriginPermission(originPermissionPattern(parsed.origin)))) {
        return { ok: false, error: localError('permission_required', t('core_permissionToUseApi', { origin: parsed.origin })) };
      }
      try {
        const account = await fetchAccount(clientFor(parsed.baseUrl, apiKey));
        await settingsItem.setValue({ ...(await readSettings()), baseUrl: parsed.baseUrl });
        await apiKeyItem.setValue(apiKey);
        await accountStateItem.setValue({ baseUrl: parsed.baseUrl, account, checkedAt: now() });
        return { ok: true, view: await view() };
      } catch (error) {
        if (error instanceof SumeApiError) return { ok: false, error: error.toJSON() };
        throw error;
      }
    },

    async forgetKey(): Promise<AccountView> {
      await apiKeyItem.removeValue();
      await accountStateItem.removeValue();
      return view();
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
