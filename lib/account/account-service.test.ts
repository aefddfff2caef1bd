import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiKeyItem, readAccountState, readApiKey, readSettings } from '../storage';
import { createAccountService } from './account-service';

const KEY = 'sume_live_testkey_1234567890';
const BASE = 'https://api.example.test/api/v1';

const me = { user: { id: 'usr_1', name: 'Ada', email: 'ada@example.test' }, workspace: { id: 'wks_1', name: 'Growth' }, api_key: { prefix: 'sume_live_te' } };
const credits = { plan: 'pro', remaining_credits: 95, monthly_credits: 100, bonus_credits: 0 };

function routes(table: Record<string, () => Response>) {
  return vi.fn(async (url: string) => {
    const path = new URL(url).pathname.replace('/api/v1', '');
    const handler = table[path];
    if (!handler) throw new TypeError('Failed to fetch');
    return handler();
  });
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('account service', () => {
  beforeEach(() => fakeBrowser.reset());

  it('connect validates with /me, then saves URL, key and account', async () => {
    const fetch = routes({ '/me': json(me), '/credits': json(credits) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true, now: () => 1000 });
    const result = await service.connect({ baseUrl: `${BASE}/`, apiKey: ` ${KEY} ` });
    expect(result).toMatchObject({ ok: true, view: { baseUrl: BASE, hasKey: true, maskedKey: 'sume_live_…7890' } });
    expect(await readApiKey()).toBe(KEY);
    expect(await readSettings()).toEqual({ baseUrl: BASE, buttons: { tiktok: true, instagram: true }, confirmBeforeAnalyzing: true, spendingLimitPerHour: 20 });
    expect(await readAccountState()).toEqual({
      baseUrl: BASE,
      checkedAt: 1000,
      account: {
        userId: 'usr_1',
        userName: 'Ada',
        userEmail: 'ada@example.test',
        workspaceId: 'wks_1',
        workspaceName: 'Growth',
        keyPrefix: 'sume_live_te',
        plan: 'pro',
        remainingCredits: 95,
        monthlyCredits: 100,
        bonusCredits: 0,
      },
    });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it('a rejected key is reported with its request id and nothing is saved', async () => {
    const fetch = routes({ '/me': json({ error: { code: 'unauthorized', message: 'Unknown API key.' }, request_id: 'req_42' }, 401) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    const result = await service.connect({ baseUrl: BASE, apiKey: KEY });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ status: 401, code: 'unauthorized', requestId: 'req_42' }) });
    expect(await readApiKey()).toBeNull();
  });

  it.each([
    ['an http URL that is not loopback', { baseUrl: 'http://api.example.test/v1', apiKey: KEY }, 'invalid_base_url'],
    ['no key at all', { baseUrl: BASE }, 'no_api_key'],
    ['a key with spaces inside', { baseUrl: BASE, apiKey: 'two words here' }, 'invalid_api_key'],
  ])('refuses %s without calling the API', async (_what, request, code) => {
    const fetch = routes({});
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    expect(await service.connect(request)).toMatchObject({ ok: false, error: { code } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an origin the user has not allowed', async () => {
    const fetch = routes({});
    const service = createAccountService({ fetch, hasOriginPermission: async (pattern) => pattern !== 'https://api.example.test/*' });
    expect(await service.connect({ baseUrl: BASE, apiKey: KEY })).toMatchObject({ ok: false, error: { code: 'permission_required' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refresh keeps the last good account when Sume cannot be reached', async () => {
    let online = true;
    const fetch = vi.fn(async (url: string) => {
      if (!online) throw new TypeError('Failed to fetch');
      return new URL(url).pathname.endsWith('/me') ? json(me)() : json(credits)();
    });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true, now: () => 5 });
    await service.connect({ baseUrl: BASE, apiKey: KEY });
    online = false;
    const view = await service.refresh();
    expect(view.state?.account?.remainingCredits).toBe(95);
    expect(view.state?.error).toMatchObject({ kind: 'network', code: 'network_error' });
  });

  it('concurrent refreshes share one round trip', async () => {
    await apiKeyItem.setValue(KEY);
    const fetch = routes({ '/me': json(me), '/credits': json(credits) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    await Promise.all([service.refresh(), service.refresh(), service.refresh()]);
    expect(fetch).toHaveBeenCalledTimes(2); // /me and /credits, once
  });

  it('a key without the credits scope still connects', async () => {
    const fetch = routes({ '/me': json(me), '/credits': json({ error: { code: 'forbidden', message: 'no' }, request_id: 'r' }, 403) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    const result = await service.connect({ baseUrl: BASE, apiKey: KEY });
    expect(result.ok).toBe(true);
    expect((await readAccountState())?.account?.remainingCredits).toBeUndefined();
  });

  it('a new API address on another origin needs its own key: the saved one is never sent there', async () => {
    const fetch = routes({ '/me': json(me), '/credits': json(credits) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    await service.connect({ baseUrl: BASE, apiKey: KEY });
    fetch.mockClear();
    // An internationalised look-alike: named in its punycode form, so it cannot pass for the real one.
    const result = await service.connect({ baseUrl: 'https://www.süme.so/api/v1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'key_required_for_origin', message: expect.stringContaining('www.xn--sme-hoa.so') } });
    expect(fetch).not.toHaveBeenCalled();
    expect((await readSettings()).baseUrl).toBe(BASE);
  });

  it('a new path on the same origin keeps the saved key', async () => {
    const fetch = routes({ '/me': json(me), '/credits': json(credits), '/v2/me': json(me), '/v2/credits': json(credits) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    await service.connect({ baseUrl: BASE, apiKey: KEY });
    expect(await service.connect({ baseUrl: 'https://api.example.test/api/v1/' })).toMatchObject({ ok: true });
    expect(fetch.mock.calls.at(-2)?.[0]).toMatch(/^https:\/\/api\.example\.test\//);
  });

  it('forgetting the key removes it and the cached account', async () => {
    const service = createAccountService({ fetch: routes({ '/me': json(me), '/credits': json(credits) }), hasOriginPermission: async () => true });
    await service.connect({ baseUrl: BASE, apiKey: KEY });
    const view = await service.forgetKey();
    expect(view).toMatchObject({ hasKey: false, state: null });
    expect(await readApiKey()).toBeNull();
  });

  it('a corrupt stored value reads as the fallback instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 42 }, accountState: 'garbage' });
    expect(await readSettings()).toEqual({
      baseUrl: 'https://www.sume.so/api/v1',
      buttons: { tiktok: true, instagram: true },
      confirmBeforeAnalyzing: true,
      spendingLimitPerHour: 20,
    });
    expect(await readAccountState()).toBeNull();
  });

  it('names from Sume are bounded: a 20,000-character workspace name is kept and shown as one short line', async () => {
    const long = { ...me, workspace: { id: 'wks_1', name: `Growth ${'x'.repeat(20_000)}` }, user: { id: 'usr_1', name: 'Ada\n\n   Lovelace' } };
    const fetch = routes({ '/me': json(long), '/credits': json(credits) });
    const service = createAccountService({ fetch, hasOriginPermission: async () => true });
    await service.connect({ baseUrl: BASE, apiKey: KEY });
    const account = (await readAccountState())?.account;
    expect([...(account?.workspaceName ?? '')]).toHaveLength(80);
    expect(account?.workspaceName?.endsWith('…')).toBe(true);
    expect(account?.userName).toBe('Ada Lovelace');
  });
});
