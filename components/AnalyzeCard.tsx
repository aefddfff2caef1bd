import { useEffect, useRef, useState } from 'preact/hooks';
import { CaptureConfirm } from './CaptureConfirm';
import { ErrorNotice } from './ErrorNotice';
import { PasteLink } from './PasteLink';
import { describeReel } from '@/lib/captures/describe';
import type { PopupStep } from '@/lib/ui/use-popup-capture';

interface Props {
  activeUrl: string | null | undefined;
  step: PopupStep;
  onAnalyze: (url: string) => void;
  onConfirm: (url: string, dontAskAgain: boolean) => void;
  onOpen: (captureId: string) => void;
  onReset: () => void;
}

/** "Analyze this reel" for the active tab, a field for any link, and the answer in place. */
export function AnalyzeCard({ activeUrl, step, onAnalyze, onConfirm, onOpen, onReset }: Props) {
  const busy = step.kind === 'preparing';
  const [dontAsk, setDontAsk] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step.kind === 'confirm') confirmRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step.kind]);
  return (
    <section class="sc-card analyze" aria-labelledby="analyze-title">
      <h2 id="analyze-title" class="sc-visually-hidden">Analyze a reel</h2>
      {activeUrl ? (
        <div class="analyze__active">
          <div style={{ minWidth: 0, flex: 1 }}>
            <p class="analyze__label">{describeReel(activeUrl)}</p>
            <p class="sc-muted analyze__url" title={activeUrl}>{activeUrl.replace('https://www.', '')}</p>
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
        {step.kind === 'confirm' && (
          <div class="analyze__confirm" ref={confirmRef}>
            <p class="analyze__label">{describeReel(step.url)}</p>
            <p class="sc-muted analyze__url" title={step.url}>{step.url.replace('https://www.', '')}</p>
            <CaptureConfirm
              dontAsk={dontAsk}
              onDontAskChange={setDontAsk}
              prompt={{
                ...(step.preparation.remainingCredits !== undefined ? { remainingCredits: step.preparation.remainingCredits } : {}),
                ...(step.preparation.requiredCredits !== undefined ? { requiredCredits: step.preparation.requiredCredits } : {}),
                ...(step.preparation.duplicate ? { duplicate: { phase: step.preparation.duplicate.phase } } : {}),
              }}
              onConfirm={(dontAsk) => onConfirm(step.url, dontAsk)}
              onOpenExisting={() => step.preparation.duplicate && onOpen(step.preparation.duplicate.captureId)}
              onCancel={onReset}
            />
          </div>
        )}
        {step.kind === 'sent' && (
          <div class="sc-notice sc-notice--ok" data-testid="capture-sent">
            <p class="sc-notice__title">Sent to Sume</p>
            <p class="sc-notice__body">{describeReel(step.url)} is on its way. You’ll be notified when the analysis is ready.</p>
          </div>
        )}
        {step.kind === 'error' && <ErrorNotice error={step.error} />}
      </div>
    </section>
  );
}
