import { useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { describeReel } from '@/lib/platforms/registry';
import { formatAgo } from '@/lib/ui/format';
import { canRetry, captureFailure, retryLabel, SOURCE_LABELS } from './capture-list-model';
import { CaptureError } from './CaptureError';
import { ConfirmRemove } from './ConfirmRemove';
import { CopyTextButton } from './CopyTextButton';
import { ExternalLink } from './ExternalLink';
import { StatusPill } from './StatusPill';

export interface CaptureActions {
  onSelect: (captureId: string) => void;
  onRetry: (captureId: string) => Promise<void>;
  onRemove: (captureId: string) => Promise<void>;
}

interface Props extends CaptureActions {
  record: CaptureRecord;
  now: number;
  selected: boolean;
}

export function CaptureRow({ record, now, selected, onSelect, onRetry, onRemove }: Props) {
  const [retry, setRetry] = useState<'idle' | 'busy' | 'failed'>('idle');
  const phase = capturePhase(record);
  const name = describeReel(record.url);
  const failure = captureFailure(record);
  const select = () => onSelect(record.id);
  const retryNow = async () => {
    setRetry('busy');
    try {
      await onRetry(record.id);
      setRetry('idle');
    } catch {
      setRetry('failed');
    }
  };

  return (
    <li class={`cap-row${selected ? ' cap-row--selected' : ''}`} data-testid="capture-row" data-capture-id={record.id} data-phase={phase}>
      <div class="cap-row__head">
        <button
          type="button"
          class="cap-row__title"
          aria-current={selected ? 'true' : undefined}
          aria-controls={selected ? 'capture-detail' : undefined}
          onClick={select}
        >
          {name}
        </button>
        <StatusPill phase={phase} />
      </div>
      <ExternalLink class="cap-row__url" href={record.url} />
      <p class="cap-row__meta sc-muted">
        {SOURCE_LABELS[record.source]} ·{' '}
        <time dateTime={new Date(record.createdAt).toISOString()} title={new Date(record.createdAt).toLocaleString()}>
          {formatAgo(record.createdAt, now)}
        </time>
        {record.status === 'waiting_retry' && ' · will try again automatically'}
      </p>
      {failure && <CaptureError failure={failure} />}
      <div class="cap-row__actions">
        {phase === 'done' && (
          <button type="button" class="sc-button sc-button--primary" aria-label={`Open result: ${name}`} onClick={select}>
            Open result
          </button>
        )}
        {canRetry(record) && (
          <button
            type="button"
            class="sc-button"
            onClick={retryNow}
            disabled={retry === 'busy'}
            aria-label={`${retryLabel(record)}: ${name}`}
            title={retryLabel(record) === 'Analyze again' ? 'Starts a new analysis and uses credits' : 'Sends it again; no extra credits'}
          >
            {retry === 'busy' ? 'Working…' : retryLabel(record)}
          </button>
        )}
        <CopyTextButton text={record.url} label="Copy link" />
        <ConfirmRemove name={name} onRemove={() => onRemove(record.id)} />
      </div>
      {retry === 'failed' && (
        <p class="cap-inline-error" role="alert">
          The retry did not reach Sume Capture’s background. Reload the page and try again.
        </p>
      )}
    </li>
  );
}
