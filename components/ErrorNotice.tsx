import type { ComponentChildren } from 'preact';
import type { SerializedSumeError } from '@/lib/api/errors';
import { t } from '@/lib/i18n/t';
import { RequestId } from './RequestId';

/** A title a person understands for each kind of failure. */
export function errorTitle(error: SerializedSumeError): string {
  if (error.kind === 'network') return t('popup_errorNetwork');
  if (error.kind === 'timeout') return t('popup_errorTimeout');
  if (error.kind === 'invalid_response') return t('popup_errorInvalidResponse');
  switch (error.status) {
    case 401:
      return t('popup_errorKeyRejected');
    case 402:
      return t('popup_notEnoughCredits');
    case 403:
      return t('popup_errorForbidden');
    case 429:
      return t('popup_errorRateLimited');
  }
  if (error.code === 'permission_required') return t('popup_errorPermission');
  if (error.code === 'no_api_key') return t('popup_errorNoKey');
  if (error.status !== undefined && error.status >= 500) return t('popup_errorServer');
  return t('popup_errorOther');
}

interface Props {
  error: SerializedSumeError;
  children?: ComponentChildren;
}

/** An error with what happened, what to do, and the request id to give support. */
export function ErrorNotice({ error, children }: Props) {
  return (
    <div class="sc-notice sc-notice--error" role="alert" data-testid="error-notice" data-error-code={error.code}>
      <p class="sc-notice__title">{errorTitle(error)}</p>
      <p class="sc-notice__body">{error.message}</p>
      {error.requestId && <RequestId id={error.requestId} />}
      {children && <div style={{ display: 'flex', gap: 8, marginTop: 10 }}>{children}</div>}
    </div>
  );
}
