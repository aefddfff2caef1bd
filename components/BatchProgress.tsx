import type { BatchSummary } from '@/lib/captures/batch-progress';
import { t, tn } from '@/lib/i18n/t';

/** "7 of 9 analyzed · 1 on its way · 1 failed": where a batch stands, in one line (popup, side panel, captures page). */
export function batchProgressLine(batch: BatchSummary): string {
  return [
    t('batch_progress', { done: batch.done, total: batch.total }),
    batch.active > 0 ? tn('batch_progressActive', batch.active) : null,
    batch.waiting > 0 ? tn('batch_progressWaiting', batch.waiting) : null,
    batch.failed > 0 ? tn('batch_progressFailed', batch.failed) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** The latest batch's progress (popup, side panel): analyzed of all, and what is still going, failed or waiting. */
export function BatchProgress({ batch, onOpen }: { batch: BatchSummary; onOpen(): void }) {
  return (
    <section class="sc-card batch-progress" aria-label={t('batch_progressTitle')} data-testid="batch-progress">
      <div class="batch-progress__head">
        <strong>{t('batch_progressTitle')}</strong>
        <button type="button" class="field__link" onClick={onOpen}>
          {t('batch_openCaptures')}
        </button>
      </div>
      <progress max={batch.total} value={batch.done} aria-label={t('batch_progressLabel')} />
      <p class="sc-muted batch-progress__line" role="status">
        {batchProgressLine(batch)}
      </p>
    </section>
  );
}
