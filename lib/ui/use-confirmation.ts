/**
 * The confirmation frame's side: the token its content script posts to this frame's window (which
 * the page cannot reach, nor read what is posted to it), what the background says it is for, and
 * the person's choice. Nothing here trusts the message: the background accepts a token only if it
 * issued it to this tab, once, for the frame that opens it first; any other is simply refused.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, type ConfirmationChoice, type ConfirmationView } from '../messaging';
import type { TokenInbox } from './token-inbox';
import { reported } from '../diagnostics/report';
import { t } from '../i18n/t';

export type ConfirmationStep =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'ready'; view: Extract<ConfirmationView, { ok: true }>; busy: boolean; failure?: string }
  | { kind: 'closed' };

type Ready = Extract<ConfirmationStep, { kind: 'ready' }>;

export function useConfirmation(inbox: TokenInbox) {
  const [step, setStep] = useState<ConfirmationStep>({ kind: 'loading' });
  // Read at the moment of a key or click, not as of the last render: an Escape may come in between,
  // and a listener registered before the token arrived must still act with it.
  const current = useRef<ConfirmationStep>(step);
  const token = useRef<string | null>(null);
  /** Escape before the question was drawn: it is cancelled as soon as it is known. */
  const cancelled = useRef(false);
  /** One choice at a time (the dialog and the page both hear an Escape). */
  const deciding = useRef(false);

  const show = useCallback((next: ConfirmationStep) => {
    current.current = next;
    setStep(next);
  }, []);

  const decide = useCallback(
    async (choice: ConfirmationChoice, dontAskAgain: boolean, ready: Ready) => {
      if (!token.current || deciding.current) return;
      deciding.current = true;
      show({ ...ready, busy: true });
      const result = await sendMessage('decideConfirmation', { token: token.current, choice, ...(dontAskAgain ? { dontAskAgain } : {}) }).catch(() => null);
      deciding.current = false;
      if (result?.ok) show({ kind: 'closed' });
      else show({ ...ready, busy: false, failure: result && !result.ok ? result.error.message : t('core_noAnswerRetry') });
    },
    [show],
  );

  // The first token the background vouches for wins; until then, any posted to us is tried.
  useEffect(() => {
    const unsubscribe = inbox.subscribe((offered) => {
      void sendMessage('openConfirmation', { token: offered })
        .then((view) => {
          if (!view.ok || token.current) return;
          token.current = offered;
          unsubscribe();
          const ready: Ready = { kind: 'ready', view, busy: false };
          if (cancelled.current) return void decide('cancel', false, ready);
          show(ready);
          // The question showed the last known balance; Sume's own replaces it when it answers.
          void sendMessage('confirmationBalance', { token: offered })
            .then((fresh) => {
              const shown = current.current;
              if (shown.kind === 'ready')
                show({ ...shown, view: { ...shown.view, ...(fresh ? { remainingCredits: fresh.remainingCredits } : { balanceStale: true }) } });
            })
            .catch(reported('confirmation', 'Reading the fresh balance for the question'));
        })
        .catch(() => show({ kind: 'gone' }));
    });
    return unsubscribe;
  }, [inbox, decide, show]);

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
