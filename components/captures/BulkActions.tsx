import { useEffect, useRef, useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { t, tn } from '../../lib/i18n/t';
import type { ExportFormat } from './export-captures';

interface Props {
  /** The captures the list shows, and which of them are ticked. */
  visible: readonly CaptureRecord[];
  checked: readonly CaptureRecord[];
  onCheckAll: (checked: boolean) => void;
  onRetryFailed: (records: CaptureRecord[]) => Promise<void>;
  onRemove: (records: CaptureRecord[]) => Promise<void>;
  onExport: (records: CaptureRecord[], format: ExportFormat) => Promise<void>;
}

/** File format names: the same in every language. */
const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'markdown', label: 'Markdown' },
  { value: 'csv', label: 'CSV' },
  { value: 'json', label: 'JSON' },
];

/**
 * What to do with many captures at once: retry the failed ones, remove (asked first), export the
 * analyses. With nothing ticked, export takes every capture the list shows.
 */
export function BulkActions({ visible, checked, onCheckAll, onRetryFailed, onRemove, onExport }: Props) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const failed = checked.filter((record) => capturePhase(record) === 'failed');
  const all = visible.length > 0 && checked.length === visible.length;
  const exported = checked.length > 0 ? checked : visible;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="cap-bulk" role="toolbar" aria-label={t('captureList_bulkToolbar')} data-testid="bulk-actions">
      <label class="cap-bulk__all">
        <input
          type="checkbox"
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = checked.length > 0 && !all;
          }}
          onChange={(event) => onCheckAll(event.currentTarget.checked)}
        />
        <span>{checked.length > 0 ? tn('captureList_selected', checked.length) : t('captureList_selectAll')}</span>
      </label>
      {checked.length > 0 && !confirming && (
        <>
          <button type="button" class="sc-button" disabled={busy || failed.length === 0} onClick={() => void run(() => onRetryFailed(failed))}>
            {t('captureList_retryFailed', { count: failed.length })}
          </button>
          <button type="button" class="sc-button sc-button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('captureList_removeMany')}
          </button>
        </>
      )}
      {confirming && (
        <div
          class="cap-confirm"
          role="group"
          aria-label={tn('captureList_removeManyQuestion', checked.length)}
          onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
        >
          <span>{tn('captureList_removeManyConfirm', checked.length)}</span>
          <button
            type="button"
            class="sc-button sc-button--danger"
            disabled={busy}
            onClick={() => void run(() => onRemove([...checked])).then(() => setConfirming(false))}
          >
            {t('captureList_yesRemove')}
          </button>
          <button type="button" class="sc-button" ref={keep} onClick={() => setConfirming(false)}>
            {t('captureList_cancel')}
          </button>
        </div>
      )}
      <span class="cap-bulk__export">
        <label>
          <span class="sc-visually-hidden">{t('captureList_exportFormat')}</span>
          <select value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
            {FORMATS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="sc-button" disabled={busy || exported.length === 0} onClick={() => void run(() => onExport([...exported], format))}>
          {checked.length > 0 ? tn('captureList_exportMany', checked.length) : t('captureList_exportAll')}
        </button>
      </span>
      {problem && (
        <p class="cap-inline-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
