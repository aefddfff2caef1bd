import type { ConfirmationChoice, ConfirmationDetails } from '@/lib/messaging';
import { formatCredits } from '@/lib/ui/format';
import { describeReel } from '@/lib/platforms/registry';
import { isShortOfCredits } from '@/lib/captures/spending';
import { t, tn } from '@/lib/i18n/t';
import { errorTitle } from './ErrorNotice';

interface Props {
  details: ConfirmationDetails;
  /** Input counts (a person's, on a surface visible long enough); until then buttons do nothing. */
  armed: boolean;
  busy: boolean;
  dontAsk: boolean;
  onDontAskChange: (dontAsk: boolean) => void;
  /** With the event, so the caller can check it was a person's input on an armed surface. */
  onChoose: (choice: ConfirmationChoice, event: Event) => void;
  onOpenSettings: (event: Event) => void;
  /** Why the last choice did not go through. */
  failure?: string | undefined;
  /** The whole document is the question (the frame over a page), not a part of one (the popup). */
  standalone?: boolean;
}

const inFlightTitle = (phase: 'queued' | 'sending' | 'analyzing'): string =>
  phase === 'queued' ? t('popup_inFlightQueued') : phase === 'sending' ? t('popup_inFlightSending') : t('popup_inFlightAnalyzing');

function title(details: ConfirmationDetails, short: boolean): string {
  const phase = details.previous?.phase;
  if (details.blocked) return errorTitle(details.blocked);
  if (short && details.reason !== 'already_captured' && details.reason !== 'unverified_item') return t('popup_notEnoughCredits');
  if (details.reason === 'already_captured' && phase) {
    if (phase === 'done') return t('popup_alreadyAnalyzed');
    if (phase === 'failed') return t('popup_lastAnalysisFailed');
    return inFlightTitle(phase);
  }
  if (details.reason === 'unverified_item') return t('popup_unverifiedTitle');
  if (details.reason === 'spending_limit') return t('popup_limitReachedTitle');
  return t('popup_confirmTitle');
}

function explanation(details: ConfirmationDetails): string | null {
  if (details.blocked) return details.blocked.message;
  if (details.reason === 'unverified_item') return t('popup_unverifiedNote');
  if (details.reason === 'spending_limit') {
    return tn('popup_limitNote', details.spentInWindow, { limit: formatCredits(details.limitPerHour) });
  }
  return null;
}

/**
 * "Uses 5 credits · you have 95", "Price shown after your first analysis · you have 95", or why it
 * cannot: a known balance below the price (or at 0, price unknown) is short.
 */
function creditsLine(details: ConfirmationDetails): { text: string; short: boolean } {
  const price = details.requiredCredits;
  const remaining = details.remainingCredits;
  const short = isShortOfCredits(remaining, price);
  const stale = details.balanceStale === true;
  return { text: creditsText(price, remaining, stale, short), short };
}

/** One whole sentence per case: the price (known or not), the balance (known, last known or not). */
function creditsText(price: number | undefined, remaining: number | undefined, stale: boolean, short: boolean): string {
  if (short && remaining !== undefined) {
    if (price === undefined) return stale ? t('popup_creditsNoneLeftStale', { count: remaining }) : t('popup_creditsNoneLeft', { count: remaining });
    const credits = formatCredits(price);
    return stale ? t('popup_creditsShortStale', { credits, count: remaining }) : t('popup_creditsShort', { credits, count: remaining });
  }
  if (price !== undefined) {
    const credits = formatCredits(price);
    if (remaining === undefined) return t('popup_creditsUses', { credits });
    return stale ? t('popup_creditsUsesHaveStale', { credits, count: remaining }) : t('popup_creditsUsesHave', { credits, count: remaining });
  }
  if (remaining === undefined) return t('popup_creditsPriceLater');
  return stale ? t('popup_creditsPriceLaterHaveStale', { count: remaining }) : t('popup_creditsPriceLaterHave', { count: remaining });
}

/**
 * "Spend credits on this video?" — in the extension's own surface (the frame over the page, the
 * popup). It names what will be charged: who posted it and its caption as the page shows them, and
 * the canonical link, which the page cannot dress up. Enter never spends on a reel already on its
 * way: the safe choice has the focus there.
 */
export function SpendConfirmation({ details, armed, busy, dontAsk, onDontAskChange, onChoose, onOpenSettings, failure, standalone = false }: Props) {
  const phase = details.previous?.phase;
  const inFlight = details.reason === 'already_captured' && (phase === 'queued' || phase === 'sending' || phase === 'analyzing');
  const credits = creditsLine(details);
  const canSpend = !details.blocked && !inFlight && !credits.short;
  const again = details.reason === 'already_captured' && (phase === 'done' || phase === 'failed');
  const choose = (choice: ConfirmationChoice) => (event: Event) => !busy && onChoose(choice, event);
  // Where spending is possible but not obviously meant, Enter must not spend: Cancel has the focus.
  const safeFocus = !canSpend || details.reason === 'unverified_item';
  const reel = details.reel;
  const note = explanation(details);
  // Short of credits, a question that would have sent offers to wait for a top-up instead.
  const saveInstead = credits.short && !details.blocked && !inFlight && !again && details.reason !== 'unverified_item';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the question cancels it; the role is dialog or group.
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-modal is only set with role="dialog".
    <div
      class="spend"
      role={standalone ? 'dialog' : 'group'}
      aria-modal={standalone ? 'true' : undefined}
      aria-labelledby="spend-title"
      aria-describedby="spend-reel spend-credits"
      data-armed={armed ? 'true' : 'false'}
      data-reason={details.reason}
      onKeyDown={(event) => event.key === 'Escape' && onChoose('cancel', event)}
    >
      <p class="spend__title" id="spend-title">
        {title(details, credits.short)}
      </p>
      <div class="spend__reel" id="spend-reel" data-testid="spend-reel">
        {reel.poster ? (
          <img class="spend__thumb" src={reel.poster} alt="" referrerpolicy="no-referrer" />
        ) : (
          <span class="spend__thumb spend__thumb--none" aria-hidden="true" />
        )}
        <div class="spend__who">
          <p class="spend__creator">{reel.creator ? `@${reel.creator.replace(/^@/, '')}` : describeReel(details.url)}</p>
          {reel.caption && <p class="spend__caption">{reel.caption}</p>}
          <p class="spend__url" data-testid="spend-url" title={details.url}>
            {details.url.replace(/^https:\/\/(www\.)?/, '')}
          </p>
        </div>
      </div>
      {note && (
        <p class="spend__note" data-testid="spend-note">
          {note}
        </p>
      )}
      {!details.blocked && !inFlight && (
        <p class={`spend__credits${credits.short ? ' spend__credits--short' : ''}`} id="spend-credits" data-testid="spend-credits">
          {credits.text}
          {credits.short && details.topUpUrl && (
            <>
              {' '}
              <a class="spend__link" href={details.topUpUrl} target="_blank" rel="noopener noreferrer">
                {t('popup_topUp')}
              </a>
            </>
          )}
        </p>
      )}
      {saveInstead && (
        <p class="spend__hint sc-muted" data-testid="spend-save-hint">
          {t('popup_saveHint')}
        </p>
      )}
      {failure && (
        <p class="spend__failure" role="alert">
          {failure}
        </p>
      )}
      {details.reason === 'confirm_setting' && canSpend && (
        <label class="spend__dont-ask">
          <input type="checkbox" checked={dontAsk} disabled={!armed} onChange={(event) => armed && onDontAskChange(event.currentTarget.checked)} />
          <span>
            {t('popup_dontAskAgain')} <span class="sc-muted">{t('popup_upToPerHour', { credits: formatCredits(details.limitPerHour) })}</span>
          </span>
        </label>
      )}
      <div class="spend__actions">
        {details.blocked ? (
          <>
            <button type="button" class="sc-button" onClick={choose('cancel')}>
              {t('popup_close')}
            </button>
            <button type="button" class="sc-button sc-button--primary" data-autofocus onClick={onOpenSettings}>
              {t('popup_openSettings')}
            </button>
          </>
        ) : inFlight ? (
          <>
            <button type="button" class="sc-button" onClick={choose('open')}>
              {t('popup_openInCapture')}
            </button>
            <button type="button" class="sc-button sc-button--primary" data-autofocus onClick={choose('cancel')}>
              {t('popup_close')}
            </button>
          </>
        ) : again ? (
          <>
            <button type="button" class="sc-button" data-autofocus={phase === 'failed' ? true : undefined} onClick={choose('cancel')}>
              {t('popup_cancel')}
            </button>
            {phase === 'done' && (
              <button type="button" class="sc-button" onClick={choose('analyze_again')} disabled={!canSpend}>
                {t('popup_analyzeAgain')}
              </button>
            )}
            {phase === 'failed' && (
              <button type="button" class="sc-button" onClick={choose('analyze_again')} disabled={!canSpend}>
                {t('popup_analyzeAgain')}
              </button>
            )}
            {phase === 'done' && (
              <button type="button" class="sc-button sc-button--primary" data-autofocus onClick={choose('open')}>
                {t('popup_openResult')}
              </button>
            )}
          </>
        ) : (
          <>
            {details.reason === 'spending_limit' && (
              <button type="button" class="sc-button sc-button--ghost" onClick={onOpenSettings}>
                {t('popup_changeLimit')}
              </button>
            )}
            <button type="button" class="sc-button" data-autofocus={safeFocus ? true : undefined} onClick={choose('cancel')}>
              {t('popup_cancel')}
            </button>
            {saveInstead && (
              <button type="button" class="sc-button sc-button--primary" onClick={choose('save_for_later')}>
                {busy ? t('popup_saving') : t('popup_saveForLater')}
              </button>
            )}
            {(canSpend || saveInstead) && (
              <button
                type="button"
                class={canSpend ? 'sc-button sc-button--primary' : 'sc-button'}
                data-autofocus={safeFocus ? undefined : true}
                disabled={!canSpend}
                onClick={choose('analyze')}
              >
                {busy && canSpend ? t('popup_sending') : t('popup_analyze')}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
