import type { CaptureRecord } from '@/lib/captures/capture-record';
import { capturePhase } from '@/lib/captures/capture-record';
import { captureLabel } from '@/lib/captures/capture-name';
import { formatAgo } from '@/lib/ui/format';

interface Props {
  records: CaptureRecord[];
  onOpen: (captureId: string) => void;
  onOpenAll: () => void;
}

const LABELS = { queued: 'Queued', sending: 'Sending…', analyzing: 'Analyzing…', done: 'Ready', failed: 'Failed' };

/** The latest few captures, with live status; each opens on the captures page. */
export function RecentCaptures({ records, onOpen, onOpenAll }: Props) {
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="recent-title" class="recent">
      <div class="recent__head">
        <h2 id="recent-title">Recent captures</h2>
        <button type="button" class="field__link" onClick={onOpenAll}>
          All captures
        </button>
      </div>
      <ul aria-live="polite">
        {records.map((record) => {
          const phase = capturePhase(record);
          return (
            <li key={record.id}>
              <button type="button" class="recent__item" onClick={() => onOpen(record.id)} data-testid="recent-capture" data-phase={phase}>
                <span class="recent__name" title={captureLabel(record)}>
                  {captureLabel(record)}
                </span>
                <span class="sc-muted recent__time">{formatAgo(record.createdAt)}</span>
                <span class={`pill pill--${phase}`}>
                  {(phase === 'sending' || phase === 'analyzing') && <span class="sc-spinner" aria-hidden="true" />}
                  {LABELS[phase]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
