import { useState } from 'preact/hooks';
import { RequestId } from '@/components/RequestId';
import { formatTimestamp } from '@/components/captures/timestamps';
import type { UploadProgress } from '@/lib/ui/use-uploads';
import { formatBytes } from '@/lib/uploads/upload-machine';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { SourceIcon } from './SourceIcon';
import { barText, barValue, canCancel, canRemove, canRetry, ingestText, progressText, SOURCE_LABELS, stepText } from './upload-text';

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

/** Where the capture came from: the page's title (or host), and the moment of a frame. */
function origin(record: UploadRecord): string {
  const { title, pageUrl, videoTimeSeconds } = record.meta;
  let from = title ?? '';
  if (!from && pageUrl) {
    try {
      from = new URL(pageUrl).hostname.replace(/^www\./, '');
    } catch {
      from = '';
    }
  }
  const at = videoTimeSeconds !== undefined ? ` at ${formatTimestamp(videoTimeSeconds)}` : '';
  return from ? ` · from ${from}${at}` : at;
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
        <button type="button" class="sc-button" disabled={action === 'busy'} onClick={run(onCancel)} aria-label={`Cancel upload of ${name}`}>
          Cancel
        </button>
      )}
      {canRetry(record) && (
        <button type="button" class="sc-button" disabled={action === 'busy'} onClick={run(onRetry)} aria-label={`Retry upload of ${name}`}>
          Retry
        </button>
      )}
      {canRemove(record) && (
        <button
          type="button"
          class="sc-button sc-button--ghost"
          disabled={action === 'busy'}
          onClick={run(onRemove)}
          aria-label={`Remove ${name} from the list`}
          title={record.status === 'done' ? 'The asset stays in your Asset Library' : undefined}
        >
          Remove
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
        <SourceIcon source={record.source} />
        <span class="upl-row__name" title={name}>
          {name}
        </span>
        <span class="upl-row__size sc-muted">{formatBytes(record.sizeBytes)}</span>
        {compact && actions}
      </div>
      <p class={`upl-row__meta sc-muted${compact ? ' sc-visually-hidden' : ''}`}>
        {SOURCE_LABELS[record.source]}
        {origin(record)}
      </p>
      {showBar && (
        <progress
          class={`upl-row__bar${preparing ? ' upl-row__bar--preparing' : ''}`}
          max={Math.max(record.sizeBytes, 1)}
          value={barValue(record)}
          aria-label={`Upload of ${name}`}
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
          That did not reach Sume Capture’s background. Try again, or reload the extension.
        </p>
      )}
    </li>
  );
}
