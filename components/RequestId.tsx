import { t } from '@/lib/i18n/t';
import { CopyButton } from './CopyButton';

/** "Request ID req_…" with a copy button: what a user gives support about a failed call. */
export function RequestId({ id }: { id: string }) {
  return (
    <div class="sc-request-id">
      {t('popup_requestId')} <code data-testid="request-id">{id}</code>
      <CopyButton text={id} label={t('popup_copyRequestId')} />
    </div>
  );
}
