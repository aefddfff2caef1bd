import { useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { captureLabel, captureName } from '@/lib/captures/capture-name';
import { formatAgo } from '@/lib/ui/format';
import { t, uiLocale } from '../../lib/i18n/t';
import { canRetry, captureFailure, retryLabel, retrySpendsCredits, SOURCE_LABELS } from './capture-list-model';
import { CaptureError } from './CaptureError';
import { ConfirmRemove } from './ConfirmRemove';
import { CopyTextButton } from './CopyTextButton';
import { ExternalLink } from './ExternalLink';
import { CaptureThumb } from './CaptureThumb';
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
  /** Ticked for a bulk action (retry, remove, export). */
  checked: boolean;
  onCheck: (captureId: string, checked: boolean, range: boolean) => void;
}

/** The short form of a reel link, whole ids kept: "tiktok.com/@a/video/739…". */
const shortUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

let dateTime: Intl.DateTimeFormat | undefined;
let dateTimeLocale: string | undefined;

/** The exact time, for the tooltip of "5 min. ago": the person's way of writing dates. */
function fullTime(ms: number): string {
  const locale = uiLocale();
  if (!dateTime || dateTimeLocale !== locale) {
    dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeLocale = locale;
  }
  return dateTime.format(ms);
}

export function CaptureRow({ record, now, selected, checked, onCheck, onSelect, onRetry, onRemove }: Props) {
  const [retry, setRetry] = useState<'idle' | 'busy' | 'failed'>('idle');
  const phase = capturePhase(record);
  const parts = captureName(record);
  // Every action names its capture: N "Copy link" buttons must not sound alike.
  const name = captureLabel(record);
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
    <li
      class={`cap-row${selected ? ' cap-row--selected' : ''}${checked ? ' cap-row--checked' : ''}`}
      data-testid="capture-row"
      data-capture-id={record.id}
      data-phase={phase}
    >
      <input
        type="checkbox"
        class="cap-row__check"
        checked={checked}
        aria-label={t('captureList_selectCapture', { name })}
        onClick={(event) => onCheck(record.id, event.currentTarget.checked, event.shiftKey)}
      />
      <CaptureThumb name={parts} />
      <div class="cap-row__body">
        <div class="cap-row__head">
          <button
            type="button"
            class="cap-row__title"
            aria-current={selected ? 'true' : undefined}
            aria-controls={selected ? 'capture-detail' : undefined}
            aria-label={name}
            onClick={select}
          >
            {parts.title}
          </button>
          <StatusPill phase={phase} />
        </div>
        {parts.caption && (
          <p class="cap-row__caption" title={parts.caption}>
            {parts.caption}
          </p>
        )}
        <p class="cap-row__meta sc-muted">
          {parts.platform ? `${parts.platform} · ` : ''}
          {SOURCE_LABELS[record.source]} ·{' '}
          <time dateTime={new Date(record.createdAt).toISOString()} title={fullTime(record.createdAt)}>
            {formatAgo(record.createdAt, now)}
          </time>
          {record.status === 'waiting_retry' && ` · ${t('captureList_willRetry')}`}
          {record.waitsForCredits && ` · ${t('captureList_savedForLater')}`}
          {' · '}
          <ExternalLink class="cap-row__url" href={record.url}>
            {shortUrl(record.url)}
          </ExternalLink>
        </p>
        {failure && <CaptureError failure={failure} />}
        <div class="cap-row__actions">
          {phase === 'done' && (
            <button type="button" class="sc-button" aria-label={t('captureList_openResultName', { name })} onClick={select}>
              {t('captureList_openResult')}
            </button>
          )}
          {canRetry(record) && (
            <button
              type="button"
              class="sc-button"
              onClick={retryNow}
              disabled={retry === 'busy'}
              aria-label={retrySpendsCredits(record) ? t('captureList_analyzeAgainName', { name }) : t('captureList_retryName', { name })}
              title={retrySpendsCredits(record) ? t('captureList_analyzeAgainHint') : t('captureList_retryHint')}
            >
              {retry === 'busy' ? t('captureList_working') : retryLabel(record)}
            </button>
          )}
          <CopyTextButton text={record.url} label={t('captureList_copyLink')} name={t('captureList_copyLinkName', { name })} />
          <ConfirmRemove name={name} onRemove={() => onRemove(record.id)} />
        </div>
        {retry === 'failed' && (
          <p class="cap-inline-error" role="alert">
            {t('captureList_retryUnreachable')}
          </p>
        )}
      </div>
    </li>
  );
}
