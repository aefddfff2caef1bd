import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BatchConfirmation } from '@/components/BatchConfirmation';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/lib/i18n/t';
import { useBatch } from '@/lib/ui/use-batch';

/** The question is over and nothing was sent: why, and Close. */
function Ended({ role, text }: { role: 'alert' | 'status'; text: string }) {
  return (
    <div class="batch__end" role={role}>
      <p>{text}</p>
      <button type="button" class="sc-button" onClick={() => window.close()}>
        {t('batch_close')}
      </button>
    </div>
  );
}

/**
 * The batch question, in the extension's own window (opened by the background when a person chose
 * "Analyze N" in select mode): the page that asked can neither see nor touch it.
 */
export function App({ token }: { token: string | null }) {
  const { step, decide } = useBatch(token);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus], .sc-button')?.focus();
  }, [step.kind]);

  // Escape is "Cancel" while the question is open, and "Close" after.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (step.kind === 'ready') void decide('cancel', false);
      else if (step.kind !== 'deciding' && step.kind !== 'loading') window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, decide]);

  const openCaptures = () => void browser.tabs.create({ url: browser.runtime.getURL('/captures.html') }).then(() => window.close());

  return (
    <main class="batch" ref={root} aria-labelledby={step.kind === 'ready' || step.kind === 'deciding' ? 'batch-heading' : undefined}>
      {step.kind === 'loading' && (
        <p class="sc-muted" aria-busy="true">
          <span class="sc-spinner" aria-hidden="true" /> {t('popup_loading')}
        </p>
      )}
      {(step.kind === 'ready' || step.kind === 'deciding') && (
        <BatchConfirmation view={step.view} busy={step.kind === 'deciding'} onDecide={(choice, again) => void decide(choice, again)} />
      )}
      {step.kind === 'gone' && <Ended role="alert" text={t('batch_expired')} />}
      {step.kind === 'cancelled' && <Ended role="status" text={t('batch_cancelled')} />}
      {step.kind === 'decided' && (
        <div class="batch__end sc-notice sc-notice--ok" role="status" data-testid="batch-decided">
          <p class="sc-notice__body">{t('batch_sentBody', { sent: step.sent, saved: step.saved })}</p>
          <div class="batch__actions">
            <button type="button" class="sc-button sc-button--primary" onClick={() => window.close()}>
              {t('batch_close')}
            </button>
            <button type="button" class="sc-button" onClick={openCaptures}>
              {t('batch_openCaptures')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'failed' && (
        <ErrorNotice error={step.error}>
          <button type="button" class="sc-button" onClick={() => window.close()}>
            {t('batch_close')}
          </button>
        </ErrorNotice>
      )}
    </main>
  );
}
