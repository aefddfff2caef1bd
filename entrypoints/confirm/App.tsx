import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SpendConfirmation } from '@/components/SpendConfirmation';
import { t } from '@/lib/i18n/t';
import { createInputGuard, type InputGuard } from '@/lib/ui/input-guard';
import type { TokenInbox } from '@/lib/ui/token-inbox';
import { useConfirmation } from '@/lib/ui/use-confirmation';

/**
 * The "spend credits?" question over a TikTok or Instagram page, in an extension frame the page can
 * neither script, read nor restyle from inside. It acts only on a person's input once it has been
 * fully visible for a moment (lib/ui/input-guard.ts), and only through its one-time token.
 */
export function App({ inbox }: { inbox: TokenInbox }) {
  const { step, choose } = useConfirmation(inbox);
  const [dontAsk, setDontAsk] = useState(false);
  const [armed, setArmed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const guard = useRef<InputGuard | null>(null);

  useEffect(() => {
    if (!root.current) return;
    guard.current = createInputGuard(root.current, setArmed);
    return () => guard.current?.stop();
  }, []);

  const ready = step.kind === 'ready';
  useEffect(() => {
    if (ready) root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ready]);

  // Escape closes it wherever the focus is in the frame (even before the question has drawn). A
  // layout effect: it is listening within the first render, before the frame's load event, when the
  // content script may already have focused the frame (a plain effect waits for a paint, and an
  // Escape pressed in between was lost, leaving the question open with the focus in it).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && void choose('cancel', false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choose]);

  const allowed = (event: Event) => guard.current?.allows(event) ?? false;
  return (
    <main class="confirm" ref={root}>
      {step.kind === 'loading' && (
        <p class="confirm__status sc-muted" aria-busy="true">
          {t('popup_loading')}
        </p>
      )}
      {step.kind === 'gone' && (
        <p class="confirm__status" role="alert">
          {t('popup_questionExpired')}
        </p>
      )}
      {step.kind === 'closed' && (
        <p class="confirm__status" role="status">
          {t('popup_done')}
        </p>
      )}
      {step.kind === 'ready' && (
        <SpendConfirmation
          standalone
          details={step.view}
          armed={armed}
          busy={step.busy}
          dontAsk={dontAsk}
          onDontAskChange={setDontAsk}
          failure={step.failure}
          // Escape always closes; every other choice needs a person's input on a visible, armed frame.
          onChoose={(choice, event) => (choice === 'cancel' || allowed(event)) && void choose(choice, dontAsk)}
          onOpenSettings={(event) => allowed(event) && void browser.runtime.openOptionsPage()}
        />
      )}
    </main>
  );
}
