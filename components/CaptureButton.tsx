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
  ready: { label: 'Sume', name: 'Analyze this video with Sume', icon: 'logo', action: 'analyze' },
  sending: { label: 'Sending…', name: 'Sending this video to Sume', icon: 'spinner', action: 'none' },
  queued: { label: 'Queued', name: 'Queued for Sume: it will be sent when Sume can be reached', icon: 'clock', action: 'none' },
  analyzing: { label: 'Analyzing…', name: 'Sume is analyzing this video', icon: 'spinner', action: 'none' },
  done: { label: 'Result', name: 'Open Sume’s analysis of this video', icon: 'check', action: 'open' },
  failed: { label: 'Retry', name: 'Sending to Sume failed. Retry', icon: 'alert', action: 'retry' },
  captured: { label: 'Captured', name: 'Already captured in Sume. Open it', icon: 'check', action: 'open' },
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
      aria-label={look.name}
      aria-busy={busy}
      aria-disabled={busy}
      aria-description={status === 'failed' ? state?.message : undefined}
      title={status === 'failed' && state?.message ? `${state.message}${state.requestId ? ` (request ${state.requestId})` : ''}` : look.name}
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
        <path d="M4 8V5.5A1.5 1.5 0 0 1 5.5 4H8M16 4h2.5A1.5 1.5 0 0 1 20 5.5V8M20 16v2.5a1.5 1.5 0 0 1-1.5 1.5H16M8 20H5.5A1.5 1.5 0 0 1 4 18.5V16" />
        <path d="M10 8.8v6.4a.6.6 0 0 0 .9.5l5.2-3.2a.6.6 0 0 0 0-1l-5.2-3.2a.6.6 0 0 0-.9.5z" fill="currentColor" stroke="none" />
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
