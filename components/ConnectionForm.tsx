import { useEffect, useRef, useState } from 'preact/hooks';
import { sumeAppUrl } from '@/lib/api/app-links';
import { displayHost, sameApiOrigin } from '@/lib/api/base-url';
import type { SerializedSumeError } from '@/lib/api/errors';
import type { AccountView, ConnectResult } from '@/lib/messaging';
import { formatCredits } from '@/lib/ui/format';
import { t } from '@/lib/i18n/t';
import { ErrorNotice } from './ErrorNotice';
import { richText, slot } from './rich-text';

interface Props {
  view: AccountView;
  defaultBaseUrl: string;
  onConnect: (baseUrl: string, apiKey: string | undefined) => Promise<ConnectResult>;
  onForget: () => Promise<void>;
}

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' } | { kind: 'error'; error: SerializedSumeError };

/** API base URL and key, validated against /me before anything is saved. */
export function ConnectionForm({ view, defaultBaseUrl, onConnect, onForget }: Props) {
  const [baseUrl, setBaseUrl] = useState(view.baseUrl);
  const [apiKey, setApiKey] = useState('');
  const [replacing, setReplacing] = useState(!view.hasKey);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  // Most people use Sume itself: the address is "Advanced", open only when it is not the default.
  const [advancedOpen, setAdvancedOpen] = useState(view.baseUrl !== defaultBaseUrl);

  const storedError = view.state?.error;
  const keyRefused = storedError?.status === 401 || storedError?.status === 403;
  // A refused key opens the key field at once: replacing it is the fix.
  useEffect(() => setReplacing(!view.hasKey || keyRefused), [view.hasKey, keyRefused]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setOutcome({ kind: 'busy' });
    const result = await onConnect(baseUrl, askKey ? apiKey : undefined);
    if (result.ok) {
      setApiKey('');
      setBaseUrl(result.view.baseUrl);
      setOutcome({ kind: 'ok' });
    } else {
      setOutcome({ kind: 'error', error: result.error });
    }
  };

  // Forgetting the key disconnects the workspace: it asks first, in place.
  const [confirmingForget, setConfirmingForget] = useState(false);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The question takes focus on its safe answer: Enter right after the click keeps the key.
  useEffect(() => {
    if (confirmingForget) keepButton.current?.focus();
  }, [confirmingForget]);
  const forget = async () => {
    setConfirmingForget(false);
    await onForget();
    setApiKey('');
    setOutcome({ kind: 'idle' });
  };
  const keepKey = () => {
    setConfirmingForget(false);
    forgetButton.current?.focus();
  };

  const account = view.state?.account;
  const busy = outcome.kind === 'busy';
  // The saved key never follows the address to another origin: that one needs its own key.
  const otherOrigin = view.hasKey && !sameApiOrigin(view.baseUrl, baseUrl) ? displayHost(baseUrl) : null;
  const askKey = replacing || otherOrigin !== null;
  return (
    <form class="options-form" onSubmit={submit} aria-describedby="connection-help" noValidate>
      <p id="connection-help" class="sc-muted" style={{ marginTop: 0 }}>
        {t('settings_connectionHelp')}
      </p>

      <div class="field">
        <label class="field__label" for="api-key">
          {t('settings_apiKeyLabel')}
        </label>
        {otherOrigin && (
          <p class="field__hint field__hint--warn" data-testid="other-origin">
            {richText(t('settings_otherServer', { host: slot(0) }), [<strong>{otherOrigin}</strong>])}
          </p>
        )}
        {askKey ? (
          <input
            id="api-key"
            name="apiKey"
            type="password"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('settings_apiKeyPlaceholder')}
            value={apiKey}
            onInput={(e) => setApiKey(e.currentTarget.value)}
            required
          />
        ) : (
          <div class="key-row">
            <code id="api-key" data-testid="masked-key">
              {view.maskedKey}
            </code>
            <button type="button" class="sc-button" onClick={() => setReplacing(true)}>
              {t('settings_replaceKey')}
            </button>
            <button
              type="button"
              class="sc-button sc-button--danger"
              ref={forgetButton}
              aria-expanded={confirmingForget}
              aria-controls={confirmingForget ? 'forget-key-question' : undefined}
              onClick={() => setConfirmingForget(true)}
            >
              {t('settings_forgetKey')}
            </button>
          </div>
        )}
        {view.hasKey && confirmingForget && (
          <div
            id="forget-key-question"
            class="sc-notice sc-notice--warn forget-question"
            role="group"
            aria-labelledby="forget-key-title"
            onKeyDown={(event) => event.key === 'Escape' && keepKey()}
          >
            <p id="forget-key-title" style={{ margin: 0 }}>
              <strong>{t('settings_forgetQuestion')}</strong> {t('settings_forgetExplanation')}
            </p>
            <div class="actions" style={{ marginTop: 8 }}>
              <button type="button" class="sc-button sc-button--danger" onClick={() => void forget()}>
                {t('settings_forgetConfirm')}
              </button>
              <button type="button" class="sc-button" onClick={keepKey} ref={keepButton}>
                {t('settings_forgetCancel')}
              </button>
            </div>
          </div>
        )}
        <span class="field__hint sc-muted">
          {richText(t('settings_getKeyHint', { link: slot(0) }), [
            <a href={sumeAppUrl('api_keys', baseUrl)} target="_blank" rel="noopener noreferrer" data-testid="get-key">
              {t('settings_getKeyLink')}
            </a>,
          ])}
        </span>
      </div>

      <details class="advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>{t('settings_advanced')}</summary>
        <label class="field">
          <span class="field__label">{t('settings_baseUrlLabel')}</span>
          <input
            name="baseUrl"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={baseUrl}
            onInput={(e) => setBaseUrl(e.currentTarget.value)}
            required
          />
          {baseUrl.trim() !== defaultBaseUrl && (
            <button type="button" class="field__link" onClick={() => setBaseUrl(defaultBaseUrl)}>
              {t('settings_useDefault', { url: defaultBaseUrl })}
            </button>
          )}
        </label>
      </details>

      <div class="actions">
        <button type="submit" class="sc-button sc-button--primary" disabled={busy}>
          {busy ? (
            <>
              <span class="sc-spinner" aria-hidden="true" /> {t('settings_checking')}
            </>
          ) : (
            t('settings_saveAndConnect')
          )}
        </button>
        {replacing && view.hasKey && !otherOrigin && (
          <button type="button" class="sc-button sc-button--ghost" onClick={() => setReplacing(false)}>
            {t('settings_keepCurrentKey')}
          </button>
        )}
      </div>

      <div aria-live="polite">
        {outcome.kind === 'error' && <ErrorNotice error={outcome.error} />}
        {outcome.kind === 'idle' && storedError && view.hasKey && <ErrorNotice error={storedError} />}
        {(outcome.kind === 'ok' || (outcome.kind === 'idle' && !storedError)) && account && view.hasKey && (
          <div class="sc-notice sc-notice--ok" data-testid="connection-ok">
            <p class="sc-notice__title">{t('settings_connected')}</p>
            <p class="sc-notice__body">
              {richText(
                account.remainingCredits === undefined
                  ? t('settings_signedIn', { user: slot(0), workspace: slot(1) })
                  : t('settings_signedInCredits', { user: slot(0), workspace: slot(1), credits: formatCredits(account.remainingCredits) }),
                [
                  account.userEmail ? (
                    richText(t('settings_userWithEmail', { name: slot(0), email: account.userEmail }), [<strong>{account.userName ?? account.userId}</strong>])
                  ) : (
                    <strong>{account.userName ?? account.userId}</strong>
                  ),
                  <strong>{account.workspaceName ?? account.workspaceId}</strong>,
                ],
              )}
            </p>
          </div>
        )}
      </div>
    </form>
  );
}
