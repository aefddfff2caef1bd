import { WorkspaceConnection } from '@/components/WorkspaceConnection';
import { sumeAppUrl } from '@/lib/api/app-links';
import { useAccount } from '@/lib/ui/use-account';
import { useShortcut } from '@/lib/ui/use-shortcut';
import { t } from '@/lib/i18n/t';
import { richText, slot } from '@/components/rich-text';

const tryOn = () => [
  { href: 'https://www.tiktok.com/foryou', label: t('settings_welcomeTryTikTok') },
  { href: 'https://www.instagram.com/reels/', label: t('settings_welcomeTryInstagram') },
];

/**
 * The first page after installing: what Sume Capture does, where to get a key, connecting, then
 * the way to the first capture. The API address is under "Advanced" in the form.
 */
export function App() {
  const { view, setView, failure } = useAccount({ refreshOnOpen: false });
  const shortcut = useShortcut();
  const connected = Boolean(view?.hasKey && view.state?.account && !view.state.error);
  const step = (n: number, done: boolean) => (
    <span class={`welcome__num${done ? ' welcome__num--done' : ''}`} aria-hidden="true">
      {done ? '✓' : n}
    </span>
  );
  return (
    <main class="options welcome">
      <header class="options__header">
        <img src="/icon/96.png" alt="" />
        <div>
          <h1>{t('settings_welcomeTitle')}</h1>
          <p class="sc-muted">{t('settings_welcomeIntro')}</p>
        </div>
      </header>

      <ol class="welcome__steps">
        <li class="welcome__step">
          {step(1, connected)}
          <div>
            <h2>{t('settings_welcomeKeyHeading')}</h2>
            <p class="sc-muted">{t('settings_welcomeKeySteps')}</p>
            <a class="sc-button" href={sumeAppUrl('api_keys', view?.baseUrl)} target="_blank" rel="noopener noreferrer" data-testid="welcome-get-key">
              {t('settings_welcomeOpenApiKeys')}
            </a>
          </div>
        </li>
        <li class="welcome__step">
          {step(2, connected)}
          <div>
            <h2>{t('settings_welcomeConnectHeading')}</h2>
            <WorkspaceConnection view={view} setView={setView} failure={Boolean(failure)} />
          </div>
        </li>
        <li class="welcome__step" data-testid="welcome-try">
          {step(3, false)}
          <div>
            <h2>{t('settings_welcomeTryHeading')}</h2>
            <p class="sc-muted">
              {shortcut
                ? richText(t('settings_welcomeTryWithShortcut', { shortcut: slot(0) }), [<kbd data-testid="welcome-shortcut">{shortcut}</kbd>])
                : t('settings_welcomeTryWithoutShortcut')}
            </p>
            <div class="actions">
              {tryOn().map(({ href, label }, index) => (
                <a key={href} class={`sc-button${connected && index === 0 ? ' sc-button--primary' : ''}`} href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ))}
            </div>
            {!connected && <p class="sc-muted welcome__later">{t('settings_welcomeConnectFirst')}</p>}
          </div>
        </li>
      </ol>
    </main>
  );
}
