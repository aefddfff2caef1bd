export interface ConfirmPrompt {
  remainingCredits?: number;
  requiredCredits?: number;
  duplicate?: { phase: 'queued' | 'sending' | 'analyzing' | 'done' | 'failed' };
  /** A reason nothing can be sent (no key, paused queue, unsupported URL). */
  error?: string;
}

interface Props {
  prompt: ConfirmPrompt;
  /** Controlled, so this stays hook-free: it renders in every page's content script (size budget). */
  dontAsk: boolean;
  onDontAskChange: (dontAsk: boolean) => void;
  onConfirm: (dontAskAgain: boolean) => void;
  onOpenExisting: () => void;
  onCancel: () => void;
}

const DUPLICATE_TEXT = {
  queued: 'Already waiting to be sent.',
  sending: 'Already being sent.',
  analyzing: 'Already being analyzed.',
  done: 'You already analyzed this video.',
  failed: 'Your last analysis of it failed.',
};

/** Asks before spending credits, in place (in the button's shadow root, or in the popup). The caller focuses `[data-autofocus]`. */
export function CaptureConfirm({ prompt, dontAsk, onDontAskChange, onConfirm, onOpenExisting, onCancel }: Props) {
  const credits = [
    prompt.requiredCredits !== undefined ? `Uses about ${prompt.requiredCredits} credits` : 'Uses Sume credits',
    prompt.remainingCredits !== undefined ? `you have ${prompt.remainingCredits}` : undefined,
  ].filter(Boolean).join(' · ');
  const duplicate = prompt.duplicate;
  return (
    <div class="sume-confirm" role="dialog" aria-label="Analyze with Sume?" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {prompt.error ? (
        <>
          <p>Can’t send yet</p>
          <p>{prompt.error}</p>
          <div>
            <button type="button" data-autofocus onClick={onCancel}>OK</button>
          </div>
        </>
      ) : (
        <>
          <p>{duplicate ? DUPLICATE_TEXT[duplicate.phase] : 'Analyze this video with Sume?'}</p>
          <p>{credits}.</p>
          <div>
            {duplicate?.phase === 'done' && (
              <button type="button" data-autofocus onClick={onOpenExisting}>Open result</button>
            )}
            <button
              type="button"
              data-autofocus={duplicate?.phase === 'done' ? undefined : true}
              onClick={() => onConfirm(dontAsk)}
            >
              {duplicate ? 'Analyze again' : 'Analyze'}
            </button>
            <button type="button" onClick={onCancel}>Cancel</button>
          </div>
          {!duplicate && (
            <label>
              <input type="checkbox" checked={dontAsk} onChange={(e) => onDontAskChange(e.currentTarget.checked)} /> Don’t ask again
            </label>
          )}
        </>
      )}
    </div>
  );
}
