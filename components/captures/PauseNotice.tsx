import { TopUpLink } from '../TopUpLink';
import type { OutboxPause } from '@/lib/ui/use-captures';
import { t } from '../../lib/i18n/t';

function reasonText(reason: NonNullable<OutboxPause>): string {
  switch (reason) {
    case 'unauthorized':
      return t('captureList_pauseUnauthorized');
    case 'forbidden':
      return t('captureList_pauseForbidden');
    case 'insufficient_credits':
      return t('captureList_pauseNoCredits');
  }
}

/** Why queued captures are not moving, and the way out. */
export function PauseNotice({ reason, onOpenSettings }: { reason: NonNullable<OutboxPause>; onOpenSettings: () => void }) {
  return (
    <div class="sc-notice sc-notice--warn cap-pause" data-testid="pause-notice">
      <p class="sc-notice__title">{t('captureList_pauseTitle')}</p>
      <p class="sc-notice__body">{t('captureList_pauseBody', { reason: reasonText(reason) })}</p>
      {reason === 'insufficient_credits' ? (
        <p class="sc-notice__body" style={{ marginTop: 6 }}>
          <TopUpLink />
        </p>
      ) : (
        <button type="button" class="sc-button" style={{ marginTop: 10 }} onClick={onOpenSettings}>
          {t('captureList_openSettings')}
        </button>
      )}
    </div>
  );
}
