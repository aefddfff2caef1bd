/**
 * The confirmation frame's side: the token its content script posts to this frame's window (which
 * the page cannot reach, nor read what is posted to it), what the background says it is for, and
 * the person's choice. Nothing here trusts the message: the background accepts a token only if it
 * issued it to this tab, once, for the frame that opens it first; any other is simply refused.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, type ConfirmationChoice, type ConfirmationView } from '../messaging';
import type { TokenInbox } from './token-inbox';

export type ConfirmationStep =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'ready'; view: Extract<ConfirmationView, { ok: true }>; busy: boolean; failure?: string }
  | { kind: 'closed' };

export function useConfirmation(inbox: TokenInbox) {
  const [token, setToken] = useState<string | null>(null);
  const [step, setStep] = useState<ConfirmationStep>({ kind: 'loading' });
  /** Escape before the question was drawn: it is cancelled as soon as it is known. */
  const cancelled = useRef(false);

  const decide = useCallback(
    async (choice: ConfirmationChoice, dontAskAgain: boolean, current: Extract<ConfirmationStep, { kind: 'ready' }>, claimed = token) => {
      if (!claimed) return;
      setStep({ ...current, busy: true });
      const result = await sendMessage('decideConfirmation', { token: claimed, choice, ...(dontAskAgain ? { dontAskAgain } : {}) }).catch(() => null);
      if (result?.ok) setStep({ kind: 'closed' });
      else setStep({ ...current, busy: false, failure: result && !result.ok ? result.error.message : 'Sume Capture did not answer. Try again.' });
    },
    [token],
  );

  // The first token the background vouches for wins; until then, any posted to us is tried.
  useEffect(() => {
    if (token) return;
    let claimed = false;
    const unsubscribe = inbox.subscribe((offered) => {
      void sendMessage('openConfirmation', { token: offered })
        .then((view) => {
          if (!view.ok || claimed) return;
          claimed = true;
          unsubscribe();
          setToken(offered);
          const ready = { kind: 'ready' as const, view, busy: false };
          if (cancelled.current) return void decide('cancel', false, ready, offered);
          setStep(ready);
          // The question showed the last known balance; Sume's own replaces it when it answers.
          void sendMessage('confirmationBalance', { token: offered })
            .then((fresh) => setStep((shown) => (shown.kind === 'ready' ? { ...shown, view: { ...shown.view, ...(fresh ? { remainingCredits: fresh.remainingCredits } : { balanceStale: true }) } } : shown)))
            .catch(() => undefined);
        })
        .catch(() => setStep({ kind: 'gone' }));
    });
    return unsubscribe;
  }, [inbox, token, decide]);

  // Read at the moment of the key or click, not as of the last render (Escape may come in between).
  const current = useRef(step);
  current.current = step;
  const choose = useCallback(
    async (choice: ConfirmationChoice, dontAskAgain: boolean) => {
      const now = current.current;
      if (now.kind === 'loading' && choice === 'cancel') cancelled.current = true;
      if (now.kind !== 'ready' || now.busy) return;
      await decide(choice, dontAskAgain, now);
    },
    [decide],
  );

  return { step, choose };
}
