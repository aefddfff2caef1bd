import type { BatchSummary } from '@/lib/captures/batch-progress';
import { t, tn } from '@/lib/i18n/t';
import { formatAgo } from '@/lib/ui/format';
import { batchProgressLine } from '../BatchProgress';

interface Props {
  batches: readonly BatchSummary[];
  /** The batch the list shows, if one. */
  shown: string | null;
  now: number;
  onShow(batchId: string | null): void;
  onRetryFailed(batch: BatchSummary): void;
}

/** How many batches are listed above the captures (the older ones are still in the list). */
const SHOWN_BATCHES = 5;

/** Captures made together in one decision (select mode): each batch as one group, with "retry failed" for the group. */
export function BatchGroups({ batches, shown, now, onShow, onRetryFailed }: Props) {
  if (batches.length === 0) return null;
  return (
    <section class="batch-groups" aria-labelledby="batch-groups-title">
      <h2 id="batch-groups-title">{t('batch_batchesHeading')}</h2>
      <ul>
        {batches.slice(0, SHOWN_BATCHES).map((batch) => {
          return (
            <li key={batch.id} class={`batch-group sc-card${shown === batch.id ? ' batch-group--shown' : ''}`} data-testid="batch-group">
              <div class="batch-group__text">
                <strong>{tn('batch_batchTitle', batch.total, { page: batch.page })}</strong>
                <span class="sc-muted">
                  <time dateTime={new Date(batch.decidedAt).toISOString()}>{formatAgo(batch.decidedAt, now)}</time> · {batchProgressLine(batch)}
                </span>
                <progress max={batch.total} value={batch.done} aria-label={t('batch_progressLabel')} />
              </div>
              <div class="batch-group__actions">
                {batch.failed > 0 && (
                  <button type="button" class="sc-button" onClick={() => onRetryFailed(batch)}>
                    {tn('batch_retryFailed', batch.failed)}
                  </button>
                )}
                <button
                  type="button"
                  class="sc-button sc-button--ghost"
                  aria-pressed={shown === batch.id}
                  onClick={() => onShow(shown === batch.id ? null : batch.id)}
                >
                  {t('batch_showBatch')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
