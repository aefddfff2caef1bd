import { sumeAppUrl } from '@/lib/api/app-links';
import type { AccountView } from '@/lib/messaging';
import { formatAgo, formatCredits } from '@/lib/ui/format';
import { ErrorNotice } from './ErrorNotice';

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
        <p class="sc-notice__title">Connect your Sume workspace</p>
        <p class="sc-notice__body sc-muted">Paste an API key from Sume (Settings → API keys) to send videos to Reference Analysis.</p>
        <a class="field__link" href={sumeAppUrl('api_keys', view.baseUrl)} target="_blank" rel="noopener noreferrer">
          Get a key in Sume
        </a>
        <button type="button" class="sc-button sc-button--primary" style={{ marginTop: 12, width: '100%' }} onClick={onOpenSettings}>
          Connect to Sume
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
              title={state ? `${account.plan ? `${capitalise(account.plan)} plan · ` : ''}updated ${formatAgo(state.checkedAt)}` : undefined}
            >
              {error && (error.status === 401 || error.status === 403) ? 'Last connected as ' : 'Connected as '}
              <strong>{account.userName ?? account.userEmail ?? account.userId}</strong>
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
            <button type="button" class="sc-icon-button" onClick={onRefresh} disabled={refreshing} aria-label="Refresh account">
              {refreshing ? <span class="sc-spinner" aria-hidden="true" /> : <RefreshIcon />}
            </button>
          </div>
          {empty ? (
            <p class="sc-credits--empty account__sub" data-testid="no-credits">
              No credits left. Analyses wait until you top up.{' '}
              <a class="field__link" href={sumeAppUrl('billing', view.baseUrl)} target="_blank" rel="noopener noreferrer">
                Top up in Sume
              </a>
            </p>
          ) : (
            // The plan and the time of the last check are in the line's tooltip; said aloud only when stale.
            error && <p class="sc-muted account__sub">showing the last known details</p>
          )}
        </div>
      ) : (
        !error && (
          <div class="sc-card sc-muted" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <span class="sc-spinner" aria-hidden="true" /> Checking your Sume account…
          </div>
        )
      )}
      {error && (
        <div style={{ marginTop: account ? 10 : 0 }}>
          <ErrorNotice error={error}>
            {error.status === 401 || error.status === 403 || error.code === 'permission_required' ? (
              <button type="button" class="sc-button" onClick={onOpenSettings}>
                Update key
              </button>
            ) : (
              <button type="button" class="sc-button" onClick={onRefresh} disabled={refreshing}>
                {refreshing ? 'Trying…' : 'Try again'}
              </button>
            )}
          </ErrorNotice>
        </div>
      )}
    </section>
  );
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
