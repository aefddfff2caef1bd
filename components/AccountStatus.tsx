import { sumeAppUrl } from '@/lib/api/app-links';
import { t } from '@/lib/i18n/t';
import type { AccountView } from '@/lib/messaging';
import { formatAgo, formatCredits } from '@/lib/ui/format';
import { ErrorNotice } from './ErrorNotice';
import { richText, slot } from './rich-text';

interface Props {
  view: AccountView;
  refreshing: boolean;
  onRefresh: () => void;
  onOpenSettings: () => void;
}

/** "Connected as … · … · N credits", or what is wrong and the way out. */
export function AccountStatus({ view, refreshing, onRefresh, onOpenSettings }: Props) {
  if (!view.hasKey) {
    return (
      <section class="sc-card" data-testid="account-disconnected">
        <p class="sc-notice__title">{t('popup_connectTitle')}</p>
        <p class="sc-notice__body sc-muted">{t('popup_connectBody')}</p>
        <a class="field__link" href={sumeAppUrl('api_keys', view.baseUrl)} target="_blank" rel="noopener noreferrer">
          {t('popup_getKey')}
        </a>
        <button type="button" class="sc-button sc-button--primary" style={{ marginTop: 12, width: '100%' }} onClick={onOpenSettings}>
          {t('popup_connect')}
        </button>
      </section>
    );
  }
  const state = view.state;
  const account = state?.account;
  const error = state?.error;
  // Nothing left to spend: the line says so in amber, not with a green light.
  const empty = account?.remainingCredits === 0;
  return (
    <section aria-busy={refreshing} data-testid="account-status">
      {account ? (
        <div class="sc-card" data-testid="account-connected" data-stale={error ? 'true' : 'false'}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span class={`sc-dot ${error || empty ? 'sc-dot--warn' : 'sc-dot--ok'}`} aria-hidden="true" />
            <p
              style={{ margin: 0, flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
              data-testid="connected-line"
              title={state ? checkedTitle(account.plan, formatAgo(state.checkedAt)) : undefined}
            >
              {richText(
                error && (error.status === 401 || error.status === 403)
                  ? t('popup_lastConnectedAs', { name: slot(0) })
                  : t('popup_connectedAs', { name: slot(0) }),
                [<strong key="name">{account.userName ?? account.userEmail ?? account.userId}</strong>],
              )}
              {' · '}
              {account.workspaceName ?? account.workspaceId}
              {account.remainingCredits !== undefined && (
                <>
                  {' · '}
                  <strong data-testid="credits" class={empty ? 'sc-credits--empty' : undefined}>
                    {formatCredits(account.remainingCredits)}
                  </strong>
                </>
              )}
            </p>
            <button type="button" class="sc-icon-button" onClick={onRefresh} disabled={refreshing} aria-label={t('popup_refreshAccount')}>
              {refreshing ? <span class="sc-spinner" aria-hidden="true" /> : <RefreshIcon />}
            </button>
          </div>
          {empty ? (
            <p class="sc-credits--empty account__sub" data-testid="no-credits">
              {t('popup_noCreditsLeft')}{' '}
              <a class="field__link" href={sumeAppUrl('billing', view.baseUrl)} target="_blank" rel="noopener noreferrer">
                {t('popup_topUp')}
              </a>
            </p>
          ) : (
            // The plan and the time of the last check are in the line's tooltip; said aloud only when stale.
            error && <p class="sc-muted account__sub">{t('popup_lastKnownDetails')}</p>
          )}
        </div>
      ) : (
        !error && (
          <div class="sc-card sc-muted" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <span class="sc-spinner" aria-hidden="true" /> {t('popup_checkingAccount')}
          </div>
        )
      )}
      {error && (
        <div style={{ marginTop: account ? 10 : 0 }}>
          <ErrorNotice error={error}>
            {error.status === 401 || error.status === 403 || error.code === 'permission_required' ? (
              <button type="button" class="sc-button" onClick={onOpenSettings}>
                {t('popup_updateKey')}
              </button>
            ) : (
              <button type="button" class="sc-button" onClick={onRefresh} disabled={refreshing}>
                {refreshing ? t('popup_trying') : t('popup_tryAgain')}
              </button>
            )}
          </ErrorNotice>
        </div>
      )}
    </section>
  );
}

/** The connected line's tooltip: the plan, if Sume says it, and when the account was last checked. */
function checkedTitle(plan: string | undefined, ago: string): string {
  return plan ? t('popup_planUpdated', { plan: capitalise(plan), ago }) : t('popup_updated', { ago });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function RefreshIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M21 12a9 9 0 1 1-2.64-6.36" />
      <path d="M21 3v6h-6" />
    </svg>
  );
}
