import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

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
        <button
          ref={startRef}
          type="button"
          class="sc-button sc-button--danger"
          aria-label={t('captureList_removeName', { name })}
          onClick={() => setStep('confirm')}
        >
          {t('captureList_remove')}
        </button>
        {step === 'failed' && (
          <span class="cap-inline-error" role="alert">
            {t('captureList_removeFailed')}
          </span>
        )}
      </>
    );
  }
  return (
    <div class="cap-confirm" role="group" aria-label={t('captureList_removeNameQuestion', { name })} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <span>{t('captureList_removeOneConfirm')}</span>
      <button type="button" class="sc-button sc-button--danger" onClick={remove} disabled={step === 'busy'}>
        {step === 'busy' ? t('captureList_removing') : t('captureList_yesRemove')}
      </button>
      <button ref={cancelRef} type="button" class="sc-button sc-button--ghost" onClick={cancel} disabled={step === 'busy'}>
        {t('captureList_cancel')}
      </button>
    </div>
  );
}
