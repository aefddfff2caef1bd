import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from './ErrorNotice';
import { PasteLink } from './PasteLink';
import { SpendConfirmation } from './SpendConfirmation';
import { t } from '@/lib/i18n/t';
import { describeReel } from '@/lib/platforms/registry';
import type { ConfirmationChoice } from '@/lib/messaging';
import { createInputGuard, type InputGuard } from '@/lib/ui/input-guard';
import type { PopupStep, TabPage } from '@/lib/ui/use-popup-capture';
import { PageCounts, UnboundVideo } from './PageReport';
import { richText, slot } from './rich-text';

interface Props {
  activeUrl: string | null | undefined;
  step: PopupStep;
  onAnalyze: (url: string) => void;
  onChoose: (choice: ConfirmationChoice, dontAskAgain: boolean) => void;
  onOpenSettings: () => void;
  onReset: () => void;
  /** The right-click window: only the question and its answer, no field for another link. */
  compact?: boolean;
  /** The browser's keys for "analyze the video you are watching", shown where they help; null when none is set. */
  shortcut?: string | null;
  /** What the tab's page holds, and whether its video on screen could be bound. */
  page?: TabPage | undefined;
}

function sentText(step: { url: string; existing: boolean; saved?: boolean | undefined }): string {
  const reel = describeReel(step.url);
  if (step.existing) return t('popup_sentExisting', { reel });
  if (step.saved) return t('popup_sentSaved', { reel });
  return t('popup_sent', { reel });
}

/** "Analyze this reel" for the active tab, a field for any link, and the answer in place. */
export function AnalyzeCard({ activeUrl, step, onAnalyze, onChoose, onOpenSettings, onReset, compact = false, shortcut = null, page }: Props) {
  const busy = step.kind === 'preparing' || step.kind === 'sending';
  const [dontAsk, setDontAsk] = useState(false);
  const [armed, setArmed] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const guard = useRef<InputGuard | null>(null);
  /** What the person used to ask (a disabled button loses the focus while the question loads). */
  const openerRef = useRef<HTMLElement | null>(null);
  const start = (url: string) => {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    onAnalyze(url);
  };
  const asking = step.kind === 'confirm' || (step.kind === 'sending' && step.details !== undefined);
  const details = step.kind === 'confirm' || step.kind === 'sending' ? step.details : undefined;

  // The question accepts input only once it has been on screen for a moment: the second click of a
  // double click on "Analyze this reel" must not land on its "Analyze".
  // While it asks, the question takes the place of the reel and the field (the popup must fit);
  // when it closes, the focus goes back to what opened it.
  useEffect(() => {
    if (!asking || !confirmRef.current) return;
    const opener = openerRef.current;
    setDontAsk(false);
    guard.current = createInputGuard(confirmRef.current, setArmed);
    confirmRef.current.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      guard.current?.stop();
      guard.current = null;
      setArmed(false);
      requestAnimationFrame(() => {
        if (opener?.isConnected && !opener.closest('[hidden]') && !(opener as HTMLButtonElement).disabled) opener.focus();
        else document.getElementById('paste-url')?.focus();
      });
    };
  }, [asking]);

  const allowed = (event: Event) => guard.current?.allows(event) ?? false;
  return (
    <section class="sc-card analyze" aria-labelledby="analyze-title">
      <h2 id="analyze-title" class="sc-visually-hidden">
        {t('popup_analyzeReel')}
      </h2>
      <div class="analyze__start" hidden={asking || compact}>
        {activeUrl ? (
          <div class={page?.fromAddress ? 'analyze__active analyze__active--stacked' : 'analyze__active'}>
            <div style={{ minWidth: 0, flex: 1 }}>
              <p class="analyze__label" title={describeReel(activeUrl)}>
                {describeReel(activeUrl)}
              </p>
              <p class="sc-muted analyze__url" title={activeUrl}>
                {activeUrl.replace('https://www.', '')}
              </p>
              {page && <PageCounts page={page} />}
            </div>
            <button
              type="button"
              class="sc-button sc-button--primary"
              disabled={busy}
              onClick={() => start(activeUrl)}
              title={shortcut ? t('popup_shortcutTitle', { shortcut }) : undefined}
            >
              {busy ? <span class="sc-spinner" aria-hidden="true" /> : null} {page?.fromAddress ? t('popup_analyzePageVideo') : t('popup_analyzeThisReel')}
            </button>
          </div>
        ) : (
          activeUrl === null &&
          step.kind === 'idle' && (
            <p class="sc-muted analyze__hint" data-testid="no-video-hint">
              {shortcut
                ? richText(t('popup_noVideoShortcut', { shortcut: slot(0) }), [<kbd data-testid="popup-shortcut">{shortcut}</kbd>])
                : t('popup_noVideo')}
            </p>
          )
        )}
        {page && !activeUrl && <PageCounts page={page} />}
        {page && <UnboundVideo page={page} />}
        <PasteLink onSubmit={start} disabled={busy} onInvalid={onReset} />
      </div>
      <div aria-live="polite">
        {compact && step.kind === 'preparing' && (
          <p class="sc-muted analyze__hint">
            <span class="sc-spinner" aria-hidden="true" /> {t('popup_checkingLink')}
          </p>
        )}
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
            <p class="sc-notice__title">{step.existing ? t('popup_sentExistingTitle') : step.saved ? t('popup_sentSavedTitle') : t('popup_sentTitle')}</p>
            <p class="sc-notice__body">{sentText(step)}</p>
          </div>
        )}
        {step.kind === 'error' && <ErrorNotice error={step.error} />}
      </div>
    </section>
  );
}
