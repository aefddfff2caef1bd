import type { CaptureRecord, CapturePhase } from '@/lib/captures/capture-record';
import { capturePhase } from '@/lib/captures/capture-record';
import { captureLabel } from '@/lib/captures/capture-name';
import { t } from '@/lib/i18n/t';
import { formatAgo } from '@/lib/ui/format';

interface Props {
  records: CaptureRecord[];
  onOpen: (captureId: string) => void;
  onOpenAll: () => void;
}

function phaseLabel(phase: CapturePhase): string {
  if (phase === 'queued') return t('popup_phaseQueued');
  if (phase === 'sending') return t('popup_phaseSending');
  if (phase === 'analyzing') return t('popup_phaseAnalyzing');
  if (phase === 'done') return t('popup_phaseDone');
  return t('popup_phaseFailed');
}

/** The latest few captures, with live status; each opens on the captures page. */
export function RecentCaptures({ records, onOpen, onOpenAll }: Props) {
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="recent-title" class="recent">
      <div class="recent__head">
        <h2 id="recent-title">{t('popup_recentTitle')}</h2>
        <button type="button" class="field__link" onClick={onOpenAll}>
          {t('popup_allCaptures')}
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
                  {phaseLabel(phase)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
