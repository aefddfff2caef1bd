import type { ComponentChildren } from 'preact';
import { TopUpLink } from '../TopUpLink';
import { useEffect, useRef, useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { captureLabel } from '@/lib/captures/capture-name';
import { formatAgo } from '@/lib/ui/format';
import { t } from '../../lib/i18n/t';
import type { ResultState } from '@/lib/ui/use-captures';
import { captureFailure, SOURCE_LABELS } from './capture-list-model';
import { CaptureError } from './CaptureError';
import { CopyTextButton } from './CopyTextButton';
import { ExternalLink } from './ExternalLink';
import { normaliseResult } from './format-result';
import { resultToText } from './result-text';
import { ResultView } from './ResultView';
import { StatusPill } from './StatusPill';

interface Props {
  captureId: string;
  /** Undefined when no capture has this id (removed, or a stale link). */
  record: CaptureRecord | undefined;
  result: ResultState;
  now: number;
  onClose: () => void;
  /** Fetches a result that could not be kept; resolves with what went wrong, or null. */
  onDownloadResult: (captureId: string) => Promise<string | null>;
  /** What else belongs to this reel (its moments), shown under its details. */
  children?: ComponentChildren;
}

/** Done in Sume, not kept here: why, and the way out. */
function ResultNotKept({ record, onDownloadResult }: { record: CaptureRecord; onDownloadResult: Props['onDownloadResult'] }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="sc-notice sc-notice--warn" role="alert">
      <p style={{ margin: 0 }}>{problem ?? record.resultNotKept?.message}</p>
      <button
        type="button"
        class="sc-button"
        style={{ marginTop: 8 }}
        disabled={busy}
        aria-busy={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(await onDownloadResult(record.id));
          setBusy(false);
        }}
      >
        {busy ? t('captures_downloading') : t('captures_downloadAgain')}
      </button>
    </div>
  );
}

/** Where a capture stands, or its result laid out: the captures page's detail and the side panel. */
export function ResultBody({
  record,
  result,
  now,
  onDownloadResult,
}: {
  record: CaptureRecord;
  result: ResultState;
  now: number;
  onDownloadResult: Props['onDownloadResult'];
}) {
  const phase = capturePhase(record);
  const failure = captureFailure(record);
  if (failure) return <CaptureError failure={failure} />;
  if (phase === 'done' && record.resultNotKept) return <ResultNotKept record={record} onDownloadResult={onDownloadResult} />;
  if (record.waitsForCredits && phase === 'queued') {
    return (
      <div class="sc-notice sc-notice--warn" data-testid="waits-for-credits">
        <p class="sc-notice__title">{t('captures_savedForLater')}</p>
        <p class="sc-notice__body">
          {t('captures_waitsForCredits')} <TopUpLink />
        </p>
      </div>
    );
  }
  if (phase !== 'done') {
    return (
      <p class="sc-notice cap-waiting">
        <span class="sc-spinner" aria-hidden="true" /> {t('captures_stillWorking')}
      </p>
    );
  }
  if (result.status === 'ready') {
    return (
      <>
        <p class="sc-muted cap-saved">{t('captures_resultSaved', { ago: formatAgo(result.savedAt, now) })}</p>
        <ResultView result={result.result} />
      </>
    );
  }
  if (result.status === 'missing') return <p class="sc-notice sc-notice--warn">{t('captures_resultMissing')}</p>;
  if (result.status === 'error') {
    return (
      <p class="sc-notice sc-notice--error" role="alert">
        {t('captures_resultLoadFailed', { problem: result.message })}
      </p>
    );
  }
  return (
    <p class="sc-muted" aria-busy="true">
      <span class="sc-spinner" aria-hidden="true" /> {t('captures_loadingResult')}
    </p>
  );
}

/** One capture in full: what it is, where it stands, and its result laid out. */
export function CaptureDetail({ captureId, record, result, now, onClose, onDownloadResult, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new selection (a click, or a notification's #id) moves focus, and the view, to it.
  useEffect(() => heading.current?.focus(), [captureId]);
  const name = record ? captureLabel(record) : t('captures_notFound');
  const copyText = () => (result.status === 'ready' && record ? resultToText(normaliseResult(result.result), { title: name, url: record.url }) : '');

  return (
    <article class="cap-detail sc-card" id="capture-detail" aria-labelledby="capture-detail-title" data-testid="capture-detail">
      <header class="cap-detail__header">
        <h2 id="capture-detail-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" class="sc-icon-button" onClick={onClose} aria-label={t('captures_closeDetails')} title={t('captures_close')}>
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
            <path d="M18 6 6 18M6 6l12 12" />
          </svg>
        </button>
      </header>
      {record ? (
        <>
          <p class="cap-detail__meta sc-muted">
            <StatusPill phase={capturePhase(record)} /> {SOURCE_LABELS[record.source]} · {formatAgo(record.createdAt, now)}
          </p>
          <ExternalLink class="cap-row__url" href={record.url} />
          <div class="cap-row__actions">
            {result.status === 'ready' && <CopyTextButton text={copyText} label={t('captures_copyAsText')} />}
            <ExternalLink class="sc-button" href={record.url}>
              {t('captures_openReel')}
            </ExternalLink>
          </div>
          {children}
          <ResultBody record={record} result={result} now={now} onDownloadResult={onDownloadResult} />
        </>
      ) : (
        <p class="sc-muted">{t('captures_notFoundBody')}</p>
      )}
    </article>
  );
}
