import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountStatus } from '@/components/AccountStatus';
import { AnalyzeCard } from '@/components/AnalyzeCard';
import { ErrorNotice } from '@/components/ErrorNotice';
import { FollowedAnalysis, NowWatching } from '@/components/NowWatching';
import { SelectVideosButton } from '@/components/SelectVideosButton';
import { BatchProgress } from '@/components/BatchProgress';
import { useSelectMode } from '@/lib/ui/use-select-mode';
import { RecentCaptures } from '@/components/RecentCaptures';
import { SettingsButton } from '@/components/SettingsButton';
import { latestByReference } from '@/lib/captures/button-states';
import { AddToLibraryCard } from '@/components/uploads/AddToLibraryCard';
import { AssetSearch } from '@/components/AssetSearch';
import { MomentsCard } from '@/components/moments/MomentsCard';
import '@/components/moments/moments.css';
import { t } from '@/lib/i18n/t';
import { sendMessage } from '@/lib/messaging';
import { referenceKey } from '@/lib/platforms/reference-key';
import { useAccount } from '@/lib/ui/use-account';
import { useAssetSearch } from '@/lib/ui/use-asset-search';
import { useCaptureResult, useCaptures, useNow } from '@/lib/ui/use-captures';
import { useFollowedVideo } from '@/lib/ui/use-followed-video';
import { usePanelIntent } from '@/lib/ui/use-panel-intent';
import { usePopupCapture } from '@/lib/ui/use-popup-capture';
import { libraryCardProps, useUploads } from '@/lib/ui/use-uploads';
import { openMoment, saveMoment, useMomentsByReel } from '@/lib/ui/use-moments';

/**
 * The side panel: beside TikTok or Instagram, it follows the video the person watches (which one,
 * whether it was captured, where it stands, its analysis as the job finishes), analyzes it under
 * the same rules as the popup (the question, the price, the spending limit), searches the Asset
 * Library, lists the latest captures, and adds to the Asset Library what is on screen beside it,
 * with its uploads in progress.
 */
export function App() {
  const { view, refreshing, refresh, failure } = useAccount({ refreshOnOpen: true });
  const followed = useFollowedVideo();
  const selectMode = useSelectMode(undefined, followed?.tab?.id);
  const { step, setStep, recent, batch, analyze, choose } = usePopupCapture('side_panel', { readsTab: false });
  const { records, downloadResult } = useCaptures();
  const now = useNow();
  const video = followed?.video ?? null;
  const record = useMemo(() => (video && records ? latestByReference(records).get(referenceKey(video.url)) : undefined), [video?.url, records]);
  const result = useCaptureResult(record?.id ?? null, record?.hasResult === true);
  // "Sent" or a failure was about the video before: once another is on screen, the card starts over.
  // A question on screen stays: it names its own reel, and only the person closes it.
  useEffect(() => {
    if (step.kind === 'sent' || step.kind === 'error') setStep({ kind: 'idle' });
  }, [video?.url]);
  const uploads = useUploads();
  const momentsByReel = useMomentsByReel(uploads.records);
  // Opened in a tab by `sume <words>` + Enter in the address bar (lib/background/omnibox.ts).
  const search = useAssetSearch(new URLSearchParams(location.search).get('q') ?? '');
  /** Words searched in the panel's library search (from an analysis, or the popup), the field in view and focused. */
  const searchFor = (query: string | undefined) => {
    if (query) search.setInput(query);
    requestAnimationFrame(() => {
      const field = document.getElementById('asset-search-input');
      field?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      field?.focus({ preventScroll: true });
    });
  };
  // Opened by the popup's search field: its words (lib/ui/use-panel-intent.ts).
  usePanelIntent(view?.hasKey === true, searchFor);
  const openUploads = () => void browser.tabs.create({ url: browser.runtime.getURL('/captures.html?view=uploads') });
  const openSettings = () => void browser.runtime.openOptionsPage();
  const openCapture = (captureId?: string) => void sendMessage('openCapture', captureId ? { captureId } : {});

  return (
    <main class="panel">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/48.png" alt="" />
        <h1 class="popup__title">{t('manifest_name')}</h1>
        <SettingsButton onClick={openSettings} />
      </header>
      {failure && !view && <ErrorNotice error={{ kind: 'network', code: 'extension_error', message: t('popup_backgroundFailed') }} />}
      {view && (!view.hasKey || view.state?.error) && (
        <AccountStatus view={view} refreshing={refreshing} onRefresh={() => void refresh()} onOpenSettings={openSettings} />
      )}
      <NowWatching followed={followed} record={record} onOpenCapture={openCapture} />
      {view?.hasKey && followed?.onPlatform && (
        <div class="panel__select">
          <SelectVideosButton labelled class="sc-button" onClick={() => void selectMode.start()} />
          {selectMode.error && <ErrorNotice error={selectMode.error} />}
        </div>
      )}
      {batch && <BatchProgress batch={batch} onOpen={() => openCapture()} />}
      {view?.hasKey && (
        <AnalyzeCard
          activeUrl={video?.url ?? null}
          step={step}
          onAnalyze={(url) => void analyze(url)}
          onChoose={(choice, dontAsk) => void choose(choice, dontAsk)}
          onOpenSettings={openSettings}
          onReset={() => setStep({ kind: 'idle' })}
        />
      )}
      {video && view?.hasKey && (
        <MomentsCard moments={momentsByReel.get(referenceKey(video.url)) ?? []} onSave={(note) => saveMoment(followed?.tab?.id, note)} onOpen={openMoment} />
      )}
      {video && record && <FollowedAnalysis record={record} result={result} now={now} onDownloadResult={downloadResult} onFindSimilar={searchFor} />}
      {view?.hasKey && <AssetSearch search={search} />}
      <RecentCaptures records={recent} onOpen={openCapture} onOpenAll={() => openCapture()} />
      {view?.hasKey && <AddToLibraryCard {...libraryCardProps(uploads)} showCaptureButtons videoAvailable={video !== null} onOpenAll={openUploads} />}
    </main>
  );
}
