import { useState } from 'preact/hooks';
import { RequestId } from '@/components/RequestId';
import { formatTimestamp } from '@/components/captures/timestamps';
import { t } from '@/lib/i18n/t';
import type { UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { SourceIcon } from './SourceIcon';
import { barText, barValue, canCancel, canRemove, canRetry, ingestText, progressText, sourceLabel, stepText } from './upload-text';
import { formatBytes } from '@/lib/uploads/upload-machine';

export interface UploadActions {
  onCancel: (id: string) => Promise<void>;
  onRetry: (id: string) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}

interface Props extends UploadActions {
  record: UploadRecord;
  progress: UploadProgress | undefined;
  now: number;
  /** Another upload goes first (queuedUploads): no bar yet, nothing has happened to it. */
  queued?: boolean;
  /** The popup's tighter row: no origin line. */
  compact?: boolean;
}

/** What the upload is, where the capture came from (the page's title or host), and the moment of a frame. */
function origin(record: UploadRecord): string {
  const source = sourceLabel(record.source);
  const { title, pageUrl, videoTimeSeconds } = record.meta;
  let from = title ?? '';
  if (!from && pageUrl) {
    try {
      from = new URL(pageUrl).hostname.replace(/^www\./, '');
    } catch {
      from = '';
    }
  }
  if (videoTimeSeconds === undefined) return from ? t('uploads_originFrom', { source, page: from }) : source;
  const time = formatTimestamp(videoTimeSeconds);
  return from ? t('uploads_originFromAt', { source, page: from, time }) : t('uploads_originAt', { source, time });
}

export function UploadRow({ record, progress, now, queued = false, compact = false, onCancel, onRetry, onRemove }: Props) {
  const [action, setAction] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = (perform: (id: string) => Promise<void>) => async () => {
    setAction('busy');
    try {
      await perform(record.id);
      setAction('idle');
    } catch {
      setAction('failed');
    }
  };
  const step = stepText(record, now, queued);
  const ingest = ingestText(record);
  const uploading = record.status === 'active' && record.step === 'put';
  const showBar = !queued && (record.status === 'active' || record.status === 'waiting_retry');
  const preparing = record.status === 'active' && record.step === 'presign';
  const name = record.filename;
  const actions = (
    <div class="upl-row__actions">
      {canCancel(record) && (
        <button type="button" class="sc-button" disabled={action === 'busy'} onClick={run(onCancel)} aria-label={t('uploads_cancelName', { name })}>
          {t('uploads_cancel')}
        </button>
      )}
      {canRetry(record) && (
        <button
          type="button"
          class="sc-button"
          disabled={action === 'busy'}
          onClick={run(onRetry)}
          aria-label={record.status === 'canceled' ? t('uploads_resumeName', { name }) : t('uploads_retryName', { name })}
        >
          {record.status === 'canceled' ? t('uploads_resume') : t('uploads_retry')}
        </button>
      )}
      {canRemove(record) && (
        <button
          type="button"
          class="sc-button sc-button--ghost"
          disabled={action === 'busy'}
          onClick={run(onRemove)}
          aria-label={t('uploads_removeName', { name })}
          title={record.status === 'done' ? t('uploads_removeKeepsAsset') : undefined}
        >
          {t('uploads_remove')}
        </button>
      )}
    </div>
  );

  return (
    <li
      class={`upl-row upl-row--${step.tone}${compact ? ' upl-row--compact' : ''}`}
      data-testid="upload-row"
      data-upload-id={record.id}
      data-status={record.status}
    >
      <div class="upl-row__head">
        {record.thumbnail ? <img class="upl-row__thumb" src={record.thumbnail} alt="" data-testid="upload-thumb" /> : <SourceIcon source={record.source} />}
        <span class="upl-row__name" title={name}>
          {name}
        </span>
        <span class="upl-row__size sc-muted">{formatBytes(record.sizeBytes)}</span>
        {compact && actions}
      </div>
      <p class={`upl-row__meta sc-muted${compact ? ' sc-visually-hidden' : ''}`}>{origin(record)}</p>
      {showBar && (
        <progress
          class={`upl-row__bar${preparing ? ' upl-row__bar--preparing' : ''}`}
          max={Math.max(record.sizeBytes, 1)}
          value={barValue(record)}
          aria-label={t('uploads_barName', { name })}
          aria-valuetext={barText(record, progress, now)}
        />
      )}
      <div class="upl-row__foot">
        <p class="upl-row__step" data-testid="upload-step">
          {step.text}
          {uploading && <span class="sc-muted"> · {progressText(record, progress)}</span>}
        </p>
        {!compact && actions}
      </div>
      {record.status === 'waiting_retry' && record.error && <p class="upl-row__reason sc-muted">{record.error.message}</p>}
      {ingest && (
        <p class={`upl-row__reason upl-row__reason--${ingest.tone}`} data-testid="upload-ingest">
          {ingest.text}
        </p>
      )}
      {record.status === 'failed' && record.error?.requestId && <RequestId id={record.error.requestId} />}
      {action === 'failed' && (
        <p class="upl-row__error" role="alert">
          {t('uploads_actionFailed')}
        </p>
      )}
    </li>
  );
}
