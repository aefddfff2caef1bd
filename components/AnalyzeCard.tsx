import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from './ErrorNotice';
import { PasteLink } from './PasteLink';
import { SpendConfirmation } from './SpendConfirmation';
import { describeReel } from '@/lib/platforms/registry';
import type { ConfirmationChoice } from '@/lib/messaging';
import { createInputGuard, type InputGuard } from '@/lib/ui/input-guard';
import type { PopupStep } from '@/lib/ui/use-popup-capture';

interface Props {
  activeUrl: string | null | undefined;
  step: PopupStep;
  onAnalyze: (url: string) => void;
  onChoose: (choice: ConfirmationChoice, dontAskAgain: boolean) => void;
  onOpenSettings: () => void;
  onReset: () => void;
}

/** "Analyze this reel" for the active tab, a field for any link, and the answer in place. */
export function AnalyzeCard({ activeUrl, step, onAnalyze, onChoose, onOpenSettings, onReset }: Props) {
  const busy = step.kind === 'preparing' || step.kind === 'sending';
  const [dontAsk, setDontAsk] = useState(false);
  const [armed, setArmed] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const guard = useRef<InputGuard | null>(null);
  const asking = step.kind === 'confirm' || (step.kind === 'sending' && step.details !== undefined);
  const details = step.kind === 'confirm' || step.kind === 'sending' ? step.details : undefined;

  // The question accepts input only once it has been on screen for a moment: the second click of a
  // double click on "Analyze this reel" must not land on its "Analyze".
  useEffect(() => {
    if (!asking || !confirmRef.current) return;
    setDontAsk(false);
    guard.current = createInputGuard(confirmRef.current, setArmed);
    confirmRef.current.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      guard.current?.stop();
      guard.current = null;
      setArmed(false);
    };
  }, [asking]);

  const allowed = (event: Event) => guard.current?.allows(event) ?? false;
  return (
    <section class="sc-card analyze" aria-labelledby="analyze-title">
      <h2 id="analyze-title" class="sc-visually-hidden">
        Analyze a reel
      </h2>
      {activeUrl ? (
        <div class="analyze__active">
          <div style={{ minWidth: 0, flex: 1 }}>
            <p class="analyze__label">{describeReel(activeUrl)}</p>
            <p class="sc-muted analyze__url" title={activeUrl}>
              {activeUrl.replace('https://www.', '')}
            </p>
          </div>
          <button type="button" class="sc-button sc-button--primary" disabled={busy} onClick={() => onAnalyze(activeUrl)}>
            {busy ? <span class="sc-spinner" aria-hidden="true" /> : null} Analyze this reel
          </button>
        </div>
      ) : (
        activeUrl === null && <p class="sc-muted analyze__hint">No video on this tab. Open a TikTok video or an Instagram Reel, or paste a link.</p>
      )}
      <PasteLink onSubmit={onAnalyze} disabled={busy} />
      <div aria-live="polite">
        {details && (
          <div class="analyze__confirm" ref={confirmRef}>
            <SpendConfirmation
              details={details}
              armed={armed}
              busy={step.kind === 'sending'}
              dontAsk={dontAsk}
              onDontAskChange={setDontAsk}
              onChoose={(choice, event) => (choice === 'cancel' ? onReset() : allowed(event) && onChoose(choice, dontAsk))}
              onOpenSettings={(event) => allowed(event) && onOpenSettings()}
            />
          </div>
        )}
        {step.kind === 'sent' && (
          <div class="sc-notice sc-notice--ok" data-testid="capture-sent">
            <p class="sc-notice__title">{step.existing ? 'Already in Sume Capture' : 'Sent to Sume'}</p>
            <p class="sc-notice__body">
              {step.existing
                ? `${describeReel(step.url)} was already on its way or analyzed: nothing more was spent.`
                : `${describeReel(step.url)} is on its way. You’ll be notified when the analysis is ready.`}
            </p>
          </div>
        )}
        {step.kind === 'error' && <ErrorNotice error={step.error} />}
      </div>
    </section>
  );
}
