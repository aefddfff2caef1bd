import { WorkspaceConnection } from '@/components/WorkspaceConnection';
import { ButtonSettings } from '@/components/ButtonSettings';
import { SpendingLimit } from '@/components/SpendingLimit';
import { Diagnostics } from '@/components/Diagnostics';
import { sendMessage } from '@/lib/messaging';
import { useAccount } from '@/lib/ui/use-account';
import { useDiagnostics } from '@/lib/ui/use-diagnostics';
import { useSettings } from '@/lib/ui/use-settings';
import { useEffect, useState } from 'preact/hooks';
import { reported } from '@/lib/diagnostics/report';
import { t } from '@/lib/i18n/t';

export function App() {
  const { view, setView, failure } = useAccount({ refreshOnOpen: false });
  const { settings, update } = useSettings();
  const diagnostics = useDiagnostics();
  const [spent, setSpent] = useState<number | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getSpending')
      .then((spending) => setSpent(spending.spentInWindow))
      .catch(reported('account', 'Reading the spending of the last hour'));
  }, []);

  return (
    <main class="options">
      <header class="options__header">
        <img src="/icon/96.png" alt="" />
        <div>
          <h1>{t('manifest_name')}</h1>
          <p class="sc-muted">{t('settings_subtitle')}</p>
        </div>
      </header>
      <section aria-labelledby="connection-title">
        <h2 id="connection-title">{t('settings_connectionHeading')}</h2>
        <WorkspaceConnection view={view} setView={setView} failure={Boolean(failure)} />
      </section>
      <section aria-labelledby="buttons-title">
        <h2 id="buttons-title">{t('settings_buttonsHeading')}</h2>
        <p class="sc-muted" style={{ marginTop: 0 }}>
          {t('settings_buttonsHint')}
        </p>
        {settings && (
          <ButtonSettings
            buttons={settings.buttons}
            onChange={(platform, enabled) => void update((current) => ({ ...current, buttons: { ...current.buttons, [platform]: enabled } }))}
          />
        )}
      </section>
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">{t('settings_creditsHeading')}</h2>
        {settings && (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              name="confirm-before-analyzing"
              checked={settings.confirmBeforeAnalyzing}
              aria-checked={settings.confirmBeforeAnalyzing}
              onChange={(event) => {
                const confirmBeforeAnalyzing = event.currentTarget.checked;
                void update((current) => ({ ...current, confirmBeforeAnalyzing }));
              }}
            />
            <span class="switch__track" aria-hidden="true" />
            <span>
              <strong>{t('settings_askBeforeSpending')}</strong>
              <span class="sc-muted switch__hint">{t('settings_askBeforeSpendingHint')}</span>
            </span>
          </label>
        )}
        {settings && (
          <SpendingLimit
            limitPerHour={settings.spendingLimitPerHour}
            spentInWindow={spent}
            confirmBeforeAnalyzing={settings.confirmBeforeAnalyzing}
            onChange={(spendingLimitPerHour) => void update((current) => ({ ...current, spendingLimitPerHour }))}
          />
        )}
      </section>
      <section aria-labelledby="diagnostics-title">
        <h2 id="diagnostics-title">{t('settings_diagnosticsHeading')}</h2>
        <Diagnostics events={diagnostics.events} report={diagnostics.report} clear={diagnostics.clear} />
      </section>
    </main>
  );
}
