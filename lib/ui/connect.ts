/** Connecting from an extension page (settings, welcome): the origin's permission first, then the background checks the key against /me. */
import { connectResultSchema, type ConnectResult } from '../account/account-view';
import { originPermissionPattern, parseBaseUrl } from '../api/base-url';
import { requestOriginPermission } from '../browser/permissions';
import { t } from '../i18n/t';
import { sendMessage } from '../messaging';

export async function connect(baseUrl: string, apiKey: string | undefined): Promise<ConnectResult> {
  const parsed = parseBaseUrl(baseUrl);
  if (!parsed.ok) return { ok: false, error: { kind: 'http', code: 'invalid_base_url', message: parsed.reason } };
  // Asked first, while the click still counts as a user gesture; resolves at once when granted.
  const granted = await requestOriginPermission(originPermissionPattern(parsed.origin)).catch(() => false);
  if (!granted) {
    return { ok: false, error: { kind: 'http', code: 'permission_required', message: t('core_permissionNeeded', { origin: parsed.origin }) } };
  }
  try {
    return connectResultSchema.parse(await sendMessage('connect', { baseUrl: parsed.baseUrl, ...(apiKey !== undefined ? { apiKey } : {}) }));
  } catch {
    return {
      ok: false,
      error: { kind: 'network', code: 'extension_error', message: t('core_backgroundNoAnswerReload') },
    };
  }
}
