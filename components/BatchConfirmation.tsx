import { useState } from 'preact/hooks';
import type { BatchChoice, BatchItemPlan } from '@/lib/captures/batch-plan';
import { captureName } from '@/lib/captures/capture-name';
import { t, tn } from '@/lib/i18n/t';
import type { BatchView } from '@/lib/messaging';
import { formatCredits } from '@/lib/ui/format';
import { ErrorNotice } from './ErrorNotice';
import { CaptureThumb } from './captures/CaptureThumb';

interface Props {
  view: BatchView;
  /** A decision is on its way: the buttons wait. */
  busy: boolean;
  onDecide(choice: BatchChoice, includeAnalyzed: boolean): void;
}

function stateLabel(item: BatchItemPlan, includeAnalyzed: boolean): string {
  switch (item.state) {
    case 'new':
      return t('batch_stateNew');
    case 'analyzed':
      return includeAnalyzed ? t('batch_stateAnalyzedAgain') : t('batch_stateAnalyzed');
    case 'on_its_way':
      return t('batch_stateOnItsWay');
    case 'failed_before':
      return t('batch_stateFailedBefore');
  }
}

/**
 * The one question before a batch spends credits: every selected video by its canonical link (what
 * is paid for, whatever the page showed), which are skipped, the total, the balance, the hourly
 * limit, and — when the balance pays for only some — sending those and saving the rest.
 */
export function BatchConfirmation({ view, busy, onDecide }: Props) {
  const [includeAnalyzed, setIncludeAnalyzed] = useState(false);
  const plan = includeAnalyzed ? view.withAnalyzed : view.plan;
  const analyzedBefore = view.plan.items.filter((item) => item.state === 'analyzed').length;
  const count = plan.toSend.length;
  const short = plan.fits < count;
  const blocked = view.blocked;

  return (
    <div class="batch__question">
      <header class="batch__header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <div>
          <h1 id="batch-heading">{count > 0 ? tn('batch_heading', count) : t('batch_headingNothing')}</h1>
          {view.page && <p class="sc-muted">{t('batch_fromPage', { page: view.page })}</p>}
        </div>
      </header>

      <ul class="batch__list" aria-label={t('batch_listLabel')} data-testid="batch-list">
        {plan.items.map((item) => {
          const name = captureName({ url: item.url, reel: view.reels[item.url] });
          return (
            <li key={item.url} class="batch__item" data-state={item.state} data-sends={String(item.sends)}>
              <CaptureThumb name={name} />
              <span class="batch__name">
                <span>{name.title}</span>
                {/* The link that is paid for, whole (its id tells two videos apart), without the scheme. */}
                <span class="batch__url" dir="ltr">
                  {item.url.replace(/^https:\/\/(www\.)?/, '')}
                </span>
              </span>
              <span class={`batch__state batch__state--${item.sends ? 'sends' : 'skips'}`}>{stateLabel(item, includeAnalyzed)}</span>
            </li>
          );
        })}
      </ul>

      {analyzedBefore > 0 && (
        <label class="batch__again">
          <input type="checkbox" checked={includeAnalyzed} onChange={(event) => setIncludeAnalyzed(event.currentTarget.checked)} disabled={busy} />
          {tn('batch_includeAnalyzed', analyzedBefore)}
        </label>
      )}

      {/* The decision stays in view at the bottom while the list scrolls with the window. */}
      <div class="batch__decision">
        {blocked ? (
          <ErrorNotice error={blocked} />
        ) : count === 0 ? (
          <p class="sc-notice" role="status">
            {t('batch_nothingToSend')}
          </p>
        ) : (
          <section class="batch__cost" aria-live="polite" data-testid="batch-cost">
            <p>
              <strong>
                {t(view.priceKnown ? 'batch_price' : 'batch_priceAssumed', { price: formatCredits(plan.price), total: formatCredits(plan.total) })}
              </strong>
            </p>
            <p>
              {view.remainingCredits === undefined
                ? t('batch_balanceUnknown')
                : t(view.balanceStale ? 'batch_balanceStale' : 'batch_balance', { balance: formatCredits(view.remainingCredits) })}
            </p>
            {short && (
              <p class="batch__short" data-testid="batch-short">
                {t('batch_short', { fits: plan.fits, count })}{' '}
                <a href={view.topUpUrl} target="_blank" rel="noopener noreferrer">
                  {t('batch_topUp')}
                </a>
              </p>
            )}
            {plan.overLimit && (
              <p class="batch__limit" data-testid="batch-over-limit">
                {t('batch_overLimit', { limit: formatCredits(plan.limitPerHour), spent: formatCredits(plan.spentInWindow) })}
              </p>
            )}
            {short && <p class="sc-muted">{t('batch_saveNote')}</p>}
          </section>
        )}

        <div class="batch__actions">
          {!blocked && count > 0 && short && plan.fits > 0 && (
            <button type="button" class="sc-button sc-button--primary" data-autofocus disabled={busy} onClick={() => onDecide('send_fitting', includeAnalyzed)}>
              {tn('batch_sendFitting', plan.fits, { rest: count - plan.fits })}
            </button>
          )}
          {!blocked && count > 0 && !short && (
            <button type="button" class="sc-button sc-button--primary" data-autofocus disabled={busy} onClick={() => onDecide('send', includeAnalyzed)}>
              {tn('batch_send', count)}
            </button>
          )}
          {!blocked && count > 0 && short && (
            <button
              type="button"
              class={`sc-button${plan.fits === 0 ? ' sc-button--primary' : ''}`}
              disabled={busy}
              onClick={() => onDecide('save_all', includeAnalyzed)}
            >
              {t('batch_saveAll')}
            </button>
          )}
          <button type="button" class="sc-button sc-button--ghost" disabled={busy} onClick={() => onDecide('cancel', false)}>
            {t('batch_cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
