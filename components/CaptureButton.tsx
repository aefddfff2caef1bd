import type { JSX } from 'preact';
import type { CaptureState, CaptureStatus } from '@/lib/capture/capture-state';

interface Props {
  state: CaptureState | undefined;
  onAnalyze: () => void;
  onOpen: () => void;
  onRetry: () => void;
}

interface Look {
  label: string;
  /** What a screen reader hears: the action, and whose video it is about. */
  name: string;
  icon: 'logo' | 'spinner' | 'clock' | 'check' | 'alert';
  action: 'analyze' | 'open' | 'retry' | 'none';
}

const LOOKS: Record<CaptureStatus, Look> = {
  ready: { label: 'Sume', name: 'Analyze with Sume', icon: 'logo', action: 'analyze' },
  sending: { label: 'Sending…', name: 'Sending to Sume', icon: 'spinner', action: 'none' },
  queued: { label: 'Queued', name: 'Queued: sent when Sume can be reached', icon: 'clock', action: 'none' },
  analyzing: { label: 'Analyzing…', name: 'Sume is analyzing it', icon: 'spinner', action: 'none' },
  done: { label: 'Result', name: 'Open the Sume analysis', icon: 'check', action: 'open' },
  failed: { label: 'Retry', name: 'Failed. Retry with Sume', icon: 'alert', action: 'retry' },
  captured: { label: 'Captured', name: 'Captured in Sume. Open it', icon: 'check', action: 'open' },
};

/** The in-page button: one per video, its look following the capture state the background publishes. */
export function CaptureButton({ state, onAnalyze, onOpen, onRetry }: Props) {
  const status = state?.status ?? 'ready';
  const look = LOOKS[status];
  const busy = look.action === 'none';
  const onClick = () => {
    if (look.action === 'analyze') onAnalyze();
    else if (look.action === 'open') onOpen();
    else if (look.action === 'retry') onRetry();
  };
  return (
    <button
      type="button"
      class={`sume-button sume-button--${status}`}
      data-state={status}
      aria-label={status === 'failed' && state?.message ? `${look.name}. ${state.message}` : look.name}
      aria-busy={busy}
      title={status === 'failed' && state?.message ? `${state.message} ${state.requestId ?? ''}`.trim() : look.name}
      onClick={onClick}
    >
      <Icon kind={look.icon} />
      <span class="sume-button__label" aria-hidden="true">{look.label}</span>
    </button>
  );
}

function Icon({ kind }: { kind: Look['icon'] }) {
  if (kind === 'spinner') return <span class="sume-spinner" aria-hidden="true" />;
  const paths: Record<Exclude<Look['icon'], 'spinner'>, JSX.Element> = {
    logo: (
      <>
        <path d="M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4" />
        <path d="M10 8.5v7l6-3.5z" fill="currentColor" />
      </>
    ),
    clock: (
      <>
        <circle cx="12" cy="12" r="8" />
        <path d="M12 8v4l2.5 2" />
      </>
    ),
    check: <path d="M5 12.5l4.5 4.5L19 7.5" />,
    alert: (
      <>
        <circle cx="12" cy="12" r="8" />
        <path d="M12 8v5M12 16h.01" />
      </>
    ),
  };
  return (
    <svg class="sume-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      {paths[kind]}
    </svg>
  );
}
