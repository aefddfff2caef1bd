import type { ComponentChildren } from 'preact';
import type { SerializedSumeError } from '@/lib/api/errors';
import { RequestId } from './RequestId';

/** A title a person understands for each kind of failure. */
export function errorTitle(error: SerializedSumeError): string {
  if (error.kind === 'network') return 'Can’t reach Sume';
  if (error.kind === 'timeout') return 'Sume is not answering';
  if (error.kind === 'invalid_response') return 'Unexpected answer from Sume';
  switch (error.status) {
    case 401:
      return 'Your API key was not accepted';
    case 402:
      return 'Not enough credits';
    case 403:
      return 'This key is not allowed to do that';
    case 429:
      return 'Sume asked us to slow down';
  }
  if (error.code === 'permission_required') return 'Permission needed';
  if (error.code === 'no_api_key') return 'Not connected to Sume yet';
  if (error.status !== undefined && error.status >= 500) return 'Sume had a problem';
  return 'That didn’t work';
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
