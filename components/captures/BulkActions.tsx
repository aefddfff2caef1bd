import { useEffect, useRef, useState } from 'preact/hooks';
import { capturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
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

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'markdown', label: 'Markdown' },
  { value: 'csv', label: 'CSV' },
  { value: 'json', label: 'JSON' },
];

const captures = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'capture' : 'captures'}`;

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
    <div class="cap-bulk" role="toolbar" aria-label="Selected captures" data-testid="bulk-actions">
      <label class="cap-bulk__all">
        <input
          type="checkbox"
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = checked.length > 0 && !all;
          }}
          onChange={(event) => onCheckAll(event.currentTarget.checked)}
        />
        <span>{checked.length > 0 ? `${checked.length.toLocaleString()} selected` : 'Select all'}</span>
      </label>
      {checked.length > 0 && !confirming && (
        <>
          <button type="button" class="sc-button" disabled={busy || failed.length === 0} onClick={() => void run(() => onRetryFailed(failed))}>
            Retry failed ({failed.length.toLocaleString()})
          </button>
          <button type="button" class="sc-button sc-button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            Remove…
          </button>
        </>
      )}
      {confirming && (
        <div
          class="cap-confirm"
          role="group"
          aria-label={`Remove ${captures(checked.length)}?`}
          onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
        >
          <span>Remove {captures(checked.length)} and their results?</span>
          <button
            type="button"
            class="sc-button sc-button--danger"
            disabled={busy}
            onClick={() => void run(() => onRemove([...checked])).then(() => setConfirming(false))}
          >
            Yes, remove
          </button>
          <button type="button" class="sc-button" ref={keep} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <span class="cap-bulk__export">
        <label>
          <span class="sc-visually-hidden">Export format</span>
          <select value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
            {FORMATS.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="sc-button" disabled={busy || exported.length === 0} onClick={() => void run(() => onExport([...exported], format))}>
          Export {checked.length > 0 ? captures(checked.length) : 'all'}
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
