import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Who is removed, for screen readers ("Remove TikTok video by @a"). */
  name: string;
  onRemove: () => Promise<void>;
}

/** "Remove", then a second, explicit step; Escape or Cancel backs out. */
export function ConfirmRemove({ name, onRemove }: Props) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'failed'>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'confirm') cancelRef.current?.focus();
  }, [step]);

  const cancel = () => {
    setStep('idle');
    setTimeout(() => startRef.current?.focus());
  };
  const remove = async () => {
    setStep('busy');
    try {
      await onRemove();
    } catch {
      setStep('failed');
    }
  };

  if (step === 'idle' || step === 'failed') {
    return (
      <>
        <button ref={startRef} type="button" class="sc-button sc-button--danger" aria-label={`Remove ${name}`} onClick={() => setStep('confirm')}>
          Remove
        </button>
        {step === 'failed' && (
          <span class="cap-inline-error" role="alert">
            Could not remove it. Try again.
          </span>
        )}
      </>
    );
  }
  return (
    <div class="cap-confirm" role="group" aria-label={`Remove ${name}?`} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <span>Remove this capture and its result?</span>
      <button type="button" class="sc-button sc-button--danger" onClick={remove} disabled={step === 'busy'}>
        {step === 'busy' ? 'Removing…' : 'Yes, remove'}
      </button>
      <button ref={cancelRef} type="button" class="sc-button sc-button--ghost" onClick={cancel} disabled={step === 'busy'}>
        Cancel
      </button>
    </div>
  );
}
