import type { CapturePhase } from '@/lib/captures/capture-record';
import { PHASE_LABELS } from './capture-list-model';

/** Sending and analyzing spin; queued waits (it may be paused), so it does not pretend to move. */
export function StatusPill({ phase }: { phase: CapturePhase }) {
  const moving = phase === 'sending' || phase === 'analyzing';
  return (
    <span class={`cap-pill cap-pill--${phase}`} data-testid="status-pill" data-phase={phase}>
      {moving ? <span class="sc-spinner cap-pill__spinner" aria-hidden="true" /> : <span class="cap-pill__dot" aria-hidden="true" />}
      {PHASE_LABELS[phase]}
    </span>
  );
}
