import { browser } from 'wxt/browser';
import { AccountStatus } from '@/components/AccountStatus';
import { AnalyzeCard } from '@/components/AnalyzeCard';
import { ErrorNotice } from '@/components/ErrorNotice';
import { RecentCaptures } from '@/components/RecentCaptures';
import { SettingsButton } from '@/components/SettingsButton';
import { PopupSearch, SidePanelButton } from '@/components/SidePanelButton';
import { SelectVideosButton } from '@/components/SelectVideosButton';
import { BatchProgress } from '@/components/BatchProgress';
import { useSelectMode } from '@/lib/ui/use-select-mode';
import { AddToLibraryCard } from '@/components/uploads/AddToLibraryCard';
import '@/components/uploads/uploads.css';
import '@/components/moments/moments.css';
import { t } from '@/lib/i18n/t';
import { sendMessage, type CaptureSource } from '@/lib/messaging';
import { useAccount } from '@/lib/ui/use-account';
import { usePopupCapture } from '@/lib/ui/use-popup-capture';
import { useShortcut } from '@/lib/ui/use-shortcut';
import { libraryCardProps, useUploads } from '@/lib/ui/use-uploads';
import { saveMoment } from '@/lib/ui/use-moments';
import { useEffect } from 'preact/hooks';

/** How long "Sent to Sume" stays in the right-click window before it closes. */
const CLOSES_AFTER_MS = 2_500;

/** Opened as a window by the right-click menu or the shortcut: `?capture=<url>&source=…`. */
function requestedCapture(): { url: string; source: CaptureSource } | null {
  const params = new URLSearchParams(location.search);
  const source = params.get('source');
  if (!params.has('capture') || (source !== 'context_menu' && source !== 'shortcut')) return null;
  return { url: params.get('capture') ?? '', source };
}

export function App() {
  const requested = requestedCapture();
  const { view, refreshing, refresh, failure } = useAccount({ refreshOnOpen: true });
  const { activeUrl, tabPage, step, setStep, recent, batch, analyze, choose } = usePopupCapture(requested?.source ?? 'popup');
  const shortcut = useShortcut();
  const selectMode = useSelectMode(() => window.close());
  const openSettings = () => void browser.runtime.openOptionsPage();
  const openCapture = (captureId?: string) => void sendMessage('openCapture', captureId ? { captureId } : {});
  const uploads = useUploads();
  const openUploads = () => void browser.tabs.create({ url: browser.runtime.getURL('/captures.html?view=uploads') });
  // Firefox closes its popup when a file picker opens (bug 1292701): pick files in a tab there.
  const pickInTab = import.meta.env.FIREFOX && !requested;
  // A question about credits has the popup to itself, below the account and above recent captures.
  const asking = step.kind === 'confirm' || (step.kind === 'sending' && step.details !== undefined);

  useEffect(() => {
    if (requested?.url) void analyze(requested.url);
  }, []);

  // The window the right-click menu opened is about one reel: once it is sent (or saved), it goes.
  useEffect(() => {
    if (!requested || step.kind !== 'sent') return;
    const timer = setTimeout(() => window.close(), CLOSES_AFTER_MS);
    return () => clearTimeout(timer);
  }, [step.kind]);

  if (requested) {
    return (
      <main class="popup popup--window">
        <header class="popup__header">
          <img class="popup__logo" src="/icon/48.png" alt="" />
          <h1 class="popup__title">{t('manifest_name')}</h1>
        </header>
        {view && (!view.hasKey || view.state?.error) && (
          <AccountStatus view={view} refreshing={refreshing} onRefresh={() => void refresh()} onOpenSettings={openSettings} />
        )}
        {view?.hasKey && (
          <AnalyzeCard
            activeUrl={undefined}
            step={step}
            compact
            onAnalyze={(url) => void analyze(url)}
            onChoose={(choice, dontAsk) => void choose(choice, dontAsk)}
            onOpenSettings={openSettings}
            onReset={() => window.close()}
          />
        )}
        {step.kind === 'sent' && (
          <p class="sc-muted popup__closing" data-testid="window-closing">
            {t('popup_windowCloses')}
          </p>
        )}
      </main>
    );
  }

  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/48.png" alt="" />
        {/* Connected, the search takes the title's room (the logo and the account line say whose popup it is). */}
        <h1 class={view?.hasKey ? 'sc-visually-hidden' : 'popup__title'}>{t('manifest_name')}</h1>
        {view?.hasKey && <PopupSearch afterOpen={() => window.close()} />}
        {view?.hasKey && <SelectVideosButton onClick={() => void selectMode.start()} />}
        <SidePanelButton afterOpen={() => window.close()} />
        <SettingsButton onClick={openSettings} />
      </header>
      {selectMode.error && <ErrorNotice error={selectMode.error} />}
      {failure && !view && <ErrorNotice error={{ kind: 'network', code: 'extension_error', message: t('popup_backgroundFailed') }} />}
      {view ? (
        <AccountStatus view={view} refreshing={refreshing} onRefresh={() => void refresh()} onOpenSettings={openSettings} />
      ) : (
        !failure && <div class="sc-card sc-muted" style={{ height: 64 }} aria-busy="true" />
      )}
      {view?.hasKey && (
        <AnalyzeCard
          activeUrl={requested ? undefined : activeUrl}
          step={step}
          onAnalyze={(url) => void analyze(url)}
          onChoose={(choice, dontAsk) => void choose(choice, dontAsk)}
          onOpenSettings={openSettings}
          onReset={() => setStep({ kind: 'idle' })}
          shortcut={shortcut}
          page={tabPage}
        />
      )}
      {batch && !asking && <BatchProgress batch={batch} onOpen={() => openCapture()} />}
      <RecentCaptures records={recent} onOpen={openCapture} onOpenAll={() => openCapture()} />
      {view?.hasKey && !asking && (
        <AddToLibraryCard
          {...libraryCardProps(uploads)}
          showCaptureButtons={!requested}
          videoAvailable={activeUrl !== null}
          {...(pickInTab ? { onChooseFiles: openUploads, chooseHint: t('popup_chooseFilesInTab') } : {})}
          onOpenAll={openUploads}
          onSaveMoment={(note) => saveMoment(tabPage?.tab?.id, note)}
        />
      )}
    </main>
  );
}
