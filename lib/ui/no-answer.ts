import type { SerializedSumeError } from '../api/errors';
import { t } from '../i18n/t';

/** What a page shows when the background did not answer a request (stopped, reloading): a failure to retry. */
export function noBackgroundAnswer(): { ok: false; error: SerializedSumeError } {
  return { ok: false, error: { kind: 'network', code: 'extension_error', message: t('core_backgroundNoAnswerRetry') } };
}
