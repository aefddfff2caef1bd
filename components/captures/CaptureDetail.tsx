import { TopUpLink } from '../TopUpLink';
import { useEffect, useRef, useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { captureLabel } from '@/lib/captures/capture-name';
import { formatAgo } from '@/lib/ui/format';
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
        {busy ? 'Downloading…' : 'Download it again'}
      </button>
    </div>
  );
}

function ResultBody({
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
        <p class="sc-notice__title">Saved for later</p>
        <p class="sc-notice__body">
          It waits for credits and is sent by itself once your balance covers it. <TopUpLink />
        </p>
      </div>
    );
  }
  if (phase !== 'done') {
    return (
      <p class="sc-notice cap-waiting">
        <span class="sc-spinner" aria-hidden="true" /> Sume is still working on this video. Its result will appear here on its own.
      </p>
    );
  }
  if (result.status === 'ready') {
    return (
      <>
        <p class="sc-muted cap-saved">Result saved {formatAgo(result.savedAt, now)}</p>
        <ResultView result={result.result} />
      </>
    );
  }
  if (result.status === 'missing') return <p class="sc-notice sc-notice--warn">The result of this capture is no longer stored on this device.</p>;
  if (result.status === 'error') {
    return (
      <p class="sc-notice sc-notice--error" role="alert">
        Could not load the result: {result.message} Reload the page to try again.
      </p>
    );
  }
  return (
    <p class="sc-muted" aria-busy="true">
      <span class="sc-spinner" aria-hidden="true" /> Loading the result…
    </p>
  );
}

/** One capture in full: what it is, where it stands, and its result laid out. */
export function CaptureDetail({ captureId, record, result, now, onClose, onDownloadResult }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new selection (a click, or a notification's #id) moves focus, and the view, to it.
  useEffect(() => heading.current?.focus(), [captureId]);
  const name = record ? captureLabel(record) : 'Capture not found';
  const copyText = () => (result.status === 'ready' && record ? resultToText(normaliseResult(result.result), { title: name, url: record.url }) : '');

  return (
    <article class="cap-detail sc-card" id="capture-detail" aria-labelledby="capture-detail-title" data-testid="capture-detail">
      <header class="cap-detail__header">
        <h2 id="capture-detail-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <button type="button" class="sc-icon-button" onClick={onClose} aria-label="Close details" title="Close">
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
            {result.status === 'ready' && <CopyTextButton text={copyText} label="Copy as text" />}
            <ExternalLink class="sc-button" href={record.url}>
              Open reel
            </ExternalLink>
          </div>
          <ResultBody record={record} result={result} now={now} onDownloadResult={onDownloadResult} />
        </>
      ) : (
        <p class="sc-muted">No capture with this link is stored on this device. It may have been removed.</p>
      )}
    </article>
  );
}
