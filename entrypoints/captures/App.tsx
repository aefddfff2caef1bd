import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CaptureDetail } from '@/components/captures/CaptureDetail';
import { CaptureFilters } from '@/components/captures/CaptureFilters';
import { CaptureList } from '@/components/captures/CaptureList';
import { BulkActions } from '@/components/captures/BulkActions';
import { BatchGroups } from '@/components/captures/BatchGroups';
import { batchSummaries } from '@/lib/captures/batch-progress';
import { filterCaptures, type SortOrder, sortCaptures, type StatusFilter } from '@/components/captures/capture-list-model';
import { downloadExport } from '@/components/captures/download-export';
import { summaryOf } from '@/components/captures/format-result';
import { PauseNotice } from '@/components/captures/PauseNotice';
import { SidePanelButton } from '@/components/SidePanelButton';
import { StatusAnnouncer } from '@/components/captures/StatusAnnouncer';
import { CapturesTabs, panelId, tabId, type CapturesView } from '@/components/uploads/CapturesTabs';
import { UploadsPanel } from '@/components/uploads/UploadsPanel';
import '@/components/uploads/uploads.css';
import { ReelMoments } from '@/components/moments/ReelMoments';
import { MomentStrip } from '@/components/moments/MomentStrip';
import { referenceKey } from '@/lib/platforms/reference-key';
import type { Moment } from '@/lib/uploads/moment';
import '@/components/moments/moments.css';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { useCaptureResult, useCaptures, useHashSelection, useNow, useResultSummaries } from '@/lib/ui/use-captures';
import { useUploads } from '@/lib/ui/use-uploads';
import { openMoment, useMomentsByReel } from '@/lib/ui/use-moments';
import { t, tn } from '../../lib/i18n/t';

const NONE: CaptureRecord[] = [];
const NO_MOMENTS: readonly Moment[] = [];

function focusRow(captureId: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-capture-id="${CSS.escape(captureId)}"] .cap-row__title`)?.focus());
}

/** The open tab lives in `?view=` (the hash already names the selected capture). */
function useView(): [CapturesView, (view: CapturesView) => void] {
  const [view, setView] = useState<CapturesView>(() => (new URLSearchParams(location.search).get('view') === 'uploads' ? 'uploads' : 'captures'));
  const show = (next: CapturesView) => {
    const url = new URL(location.href);
    if (next === 'uploads') url.searchParams.set('view', next);
    else url.searchParams.delete('view');
    history.replaceState(history.state, '', url);
    setView(next);
  };
  return [view, show];
}

/** Ticked captures, among those shown; shift-click ticks the range from the last one ticked. */
function useChecks(visible: readonly CaptureRecord[]) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const shown = new Set(visible.map((record) => record.id));
  const kept = new Set([...ids].filter((id) => shown.has(id)));
  const toggle = (captureId: string, checked: boolean, range: boolean) => {
    const next = new Set(kept);
    const from = anchor.current ? visible.findIndex((record) => record.id === anchor.current) : -1;
    const to = visible.findIndex((record) => record.id === captureId);
    const span = range && from >= 0 && to >= 0 ? visible.slice(Math.min(from, to), Math.max(from, to) + 1) : [visible[to]];
    for (const record of span) if (record) checked ? next.add(record.id) : next.delete(record.id);
    anchor.current = captureId;
    setIds(next);
  };
  return {
    ids: kept,
    records: visible.filter((record) => kept.has(record.id)),
    toggle,
    all: (checked: boolean) => setIds(checked ? shown : new Set()),
    clear: () => setIds(new Set()),
  };
}

export function App() {
  const { records, failure, pause, reload, retry, remove, downloadResult } = useCaptures();
  const [selectedId, select] = useHashSelection();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const now = useNow();
  const all = records ?? NONE;
  const summaries = useResultSummaries(all, query.trim() !== '', summaryOf);
  const [sort, setSort] = useState<SortOrder>('newest');
  const [layout, setLayout] = useState<'list' | 'grid'>('list');
  const [batchShown, showBatch] = useState<string | null>(null);
  const batches = useMemo(() => batchSummaries(all), [all]);
  const { visible, counts } = useMemo(() => {
    const inBatch = batchShown ? all.filter((record) => record.batch?.id === batchShown) : all;
    const filtered = filterCaptures(inBatch, { query, status }, summaries);
    return { ...filtered, visible: sortCaptures(filtered.visible, sort) };
  }, [all, query, status, summaries, sort, batchShown]);
  const checks = useChecks(visible);
  const selected = selectedId ? all.find((record) => record.id === selectedId) : undefined;
  const result = useCaptureResult(selectedId, selected !== undefined && capturePhase(selected) === 'done' && !selected.resultNotKept);
  const [view, setView] = useView();
  const uploads = useUploads();
  const momentsByReel = useMomentsByReel(uploads.records);
  // The selected capture's reel, with the moments kept of it (one video, however its link reads).
  const selectedMoments = (selected && momentsByReel.get(referenceKey(selected.url))) || NO_MOMENTS;
  // A capture opened by its link (notifications, the popup) is on the Captures tab.
  useEffect(() => {
    if (selectedId) setView('captures');
  }, [selectedId]);
  const activeUploads = uploads.records?.filter((upload) => upload.status === 'active' || upload.status === 'waiting_retry').length ?? 0;

  const openSettings = () => void browser.runtime.openOptionsPage();
  const close = () => {
    if (selectedId) focusRow(selectedId);
    select(null);
  };
  const removeCapture = async (captureId: string) => {
    await remove(captureId);
    if (captureId === selectedId) select(null);
  };
  const showAll = () => {
    setQuery('');
    setStatus('all');
    showBatch(null);
  };

  return (
    <main class="captures">
      <header class="captures__header">
        <img src="/icon/96.png" alt="" />
        <div>
          <h1>{t('captures_heading')}</h1>
          <p class="sc-muted">{t('captures_subtitle')}</p>
        </div>
        <SidePanelButton class="sc-button sc-button--ghost captures__settings" labelled />
        <button type="button" class="sc-button sc-button--ghost" onClick={openSettings}>
          {t('captures_settings')}
        </button>
      </header>
      <StatusAnnouncer records={records} />
      <CapturesTabs view={view} onView={setView} activeUploads={activeUploads} />
      <div class="captures__panel" role="tabpanel" id={panelId('captures')} aria-labelledby={tabId('captures')} hidden={view !== 'captures'}>
        {pause && <PauseNotice reason={pause} onOpenSettings={openSettings} />}
        <ReelMoments groups={momentsByReel} captures={records} onOpen={openMoment} />
        {failure && (
          <div class="sc-notice sc-notice--error" role="alert" data-testid="captures-failure">
            <p class="sc-notice__title">{records ? t('captures_liveUpdatesStopped') : t('captures_loadFailed')}</p>
            <p class="sc-notice__body">{t('captures_failureBody', { problem: failure })}</p>
            <button type="button" class="sc-button" style={{ marginTop: 10 }} onClick={() => void reload()}>
              {t('captures_tryAgain')}
            </button>
          </div>
        )}
        {!records && !failure && (
          <p class="captures__loading sc-muted" aria-busy="true">
            <span class="sc-spinner" aria-hidden="true" /> {t('captures_loading')}
          </p>
        )}
        {records && records.length === 0 && (
          <div class="captures__empty sc-card" data-testid="captures-empty">
            <p class="sc-notice__title">{t('captures_emptyTitle')}</p>
            <p class="sc-muted">{t('captures_emptyBody')}</p>
            <div class="actions captures__empty-actions">
              <a class="sc-button sc-button--primary" href="https://www.tiktok.com/foryou" target="_blank" rel="noopener noreferrer">
                {t('captures_openTikTok')}
              </a>
              <a class="sc-button" href="https://www.instagram.com/reels/" target="_blank" rel="noopener noreferrer">
                {t('captures_openReels')}
              </a>
              <a class="sc-button sc-button--ghost" href="/welcome.html">
                {t('captures_howItWorks')}
              </a>
            </div>
          </div>
        )}
        {records && records.length > 0 && (
          <div class={`captures__layout${selectedId ? ' captures__layout--detail' : layout === 'grid' ? ' captures__layout--wide' : ''}`}>
            <section class="captures__list" aria-label={t('captures_allCaptures')}>
              <BatchGroups
                batches={batches}
                shown={batchShown}
                now={now}
                onShow={showBatch}
                onRetryFailed={async (batch) => {
                  for (const id of batch.failedIds) await retry(id);
                }}
              />
              {batchShown && (
                <p class="sc-muted" role="status">
                  {t('batch_showingBatch')}{' '}
                  <button type="button" class="cap-link-button" onClick={() => showBatch(null)}>
                    {t('batch_showAll')}
                  </button>
                </p>
              )}
              <CaptureFilters
                query={query}
                onQuery={setQuery}
                status={status}
                onStatus={setStatus}
                counts={counts}
                total={all.length}
                shown={visible.length}
                sort={sort}
                onSort={setSort}
                layout={layout}
                onLayout={setLayout}
              />
              <BulkActions
                visible={visible}
                checked={checks.records}
                onCheckAll={checks.all}
                onRetryFailed={async (failed) => {
                  for (const record of failed) await retry(record.id);
                }}
                onRemove={async (gone) => {
                  for (const record of gone) await removeCapture(record.id);
                  checks.clear();
                }}
                onExport={downloadExport}
              />
              {visible.length > 0 ? (
                <CaptureList
                  records={visible}
                  selectedId={selectedId}
                  now={now}
                  layout={layout}
                  checked={checks.ids}
                  onCheck={checks.toggle}
                  onSelect={select}
                  onRetry={retry}
                  onRemove={removeCapture}
                />
              ) : (
                <p class="captures__none sc-muted">
                  {t('captures_noneMatch')}{' '}
                  <button type="button" class="cap-link-button" onClick={showAll}>
                    {t('captures_showAllCaptures')}
                  </button>
                </p>
              )}
            </section>
            {selectedId ? (
              <CaptureDetail captureId={selectedId} record={selected} result={result} now={now} onClose={close} onDownloadResult={downloadResult}>
                {selectedMoments.length > 0 && (
                  <section class="cap-detail__moments" aria-label={t('moments_title')} data-testid="capture-moments">
                    <h3>{tn('moments_count', selectedMoments.length)}</h3>
                    <MomentStrip moments={selectedMoments} onOpen={openMoment} />
                  </section>
                )}
              </CaptureDetail>
            ) : (
              layout === 'list' && <p class="captures__placeholder sc-muted">{t('captures_selectPrompt')}</p>
            )}
          </div>
        )}
      </div>
      <div class="captures__panel" role="tabpanel" id={panelId('uploads')} aria-labelledby={tabId('uploads')} hidden={view !== 'uploads'}>
        <UploadsPanel
          records={uploads.records}
          failure={uploads.failure}
          progress={uploads.progress}
          now={uploads.now}
          onFiles={uploads.addFiles}
          onCancel={uploads.cancel}
          onRetry={uploads.retry}
          onRemove={uploads.remove}
        />
      </div>
    </main>
  );
}
