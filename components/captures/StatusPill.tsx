import type { CapturePhase } from '@/lib/captures/capture-record';
import { t } from '../../lib/i18n/t';

function phaseLabel(phase: CapturePhase): string {
  switch (phase) {
    case 'queued':
      return t('captures_phaseQueued');
    case 'sending':
      return t('captures_phaseSending');
    case 'analyzing':
      return t('captures_phaseAnalyzing');
    case 'done':
      return t('captures_phaseDone');
    case 'failed':
      return t('captures_phaseFailed');
  }
}

/** Sending and analyzing spin; queued waits (it may be paused), so it does not pretend to move. */
export function StatusPill({ phase }: { phase: CapturePhase }) {
  const moving = phase === 'sending' || phase === 'analyzing';
  return (
    <span class={`cap-pill cap-pill--${phase}`} data-testid="status-pill" data-phase={phase}>
      {moving ? <span class="sc-spinner cap-pill__spinner" aria-hidden="true" /> : <span class="cap-pill__dot" aria-hidden="true" />}
      {phaseLabel(phase)}
    </span>
  );
}
