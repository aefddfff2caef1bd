/**
 * The confirmation frame's side: the token its content script put in the fragment (which no
 * request carries and the page cannot read), what the background says it is for, and the
 * person's choice. Nothing here trusts the page: the background accepts a choice only for the
 * token it issued to this tab, once, from the frame that opened it first.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type ConfirmationChoice, type ConfirmationView } from '../messaging';

export type ConfirmationStep =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'ready'; view: Extract<ConfirmationView, { ok: true }>; busy: boolean; failure?: string }
  | { kind: 'closed' };

/** Reads the token once and takes it out of the address, so a reload cannot replay it. */
function takeToken(): string | null {
  const token = location.hash.slice(1);
  if (location.hash) history.replaceState(null, '', location.pathname);
  return /^[0-9a-f]{32}$/.test(token) ? token : null;
}

export function useConfirmation() {
  const [token] = useState(takeToken);
  const [step, setStep] = useState<ConfirmationStep>({ kind: 'loading' });

  useEffect(() => {
    if (!token) return setStep({ kind: 'gone' });
    sendMessage('openConfirmation', { token })
      .then((view) => setStep(view.ok ? { kind: 'ready', view, busy: false } : { kind: 'gone' }))
      .catch(() => setStep({ kind: 'gone' }));
  }, [token]);

  const choose = useCallback(
    async (choice: ConfirmationChoice, dontAskAgain: boolean) => {
      if (!token || step.kind !== 'ready' || step.busy) return;
      setStep({ ...step, busy: true });
      const result = await sendMessage('decideConfirmation', { token, choice, ...(dontAskAgain ? { dontAskAgain } : {}) }).catch(() => null);
      if (result?.ok) setStep({ kind: 'closed' });
      else setStep({ ...step, busy: false, failure: result && !result.ok ? result.error.message : 'Sume Capture did not answer. Try again.' });
    },
    [token, step],
  );

  return { step, choose };
}
