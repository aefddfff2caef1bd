import { ShowMore, useLimit } from '@/components/captures/ShowMore';
import { t } from '@/lib/i18n/t';
import type { AddOutcome, UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { UploadDropZone } from './UploadDropZone';
import { UploadList } from './UploadList';
import type { UploadActions } from './UploadRow';
import { queuedUploads } from './upload-text';

interface Props extends UploadActions {
  records: UploadRecord[] | null;
  failure: string | null;
  progress: ReadonlyMap<string, UploadProgress>;
  now: number;
  onFiles: (files: File[]) => Promise<AddOutcome>;
}

/** The captures page's uploads: one drop region around the whole list, and every upload. */
const STEP = 50;

export function UploadsPanel({ records, failure, progress, now, onFiles, ...actions }: Props) {
  const [limit, more] = useLimit(STEP);
  return (
    <UploadDropZone onFiles={onFiles} records={records}>
      {failure && (
        <div class="sc-notice sc-notice--error" role="alert" data-testid="uploads-failure">
          <p class="sc-notice__title">{records ? t('uploads_failureStopped') : t('uploads_failureNotLoaded')}</p>
          <p class="sc-notice__body">{t('uploads_failureBody', { failure })}</p>
        </div>
      )}
      {!records && !failure && (
        <p class="captures__loading sc-muted" aria-busy="true">
          <span class="sc-spinner" aria-hidden="true" /> {t('uploads_loading')}
        </p>
      )}
      {records && records.length === 0 && (
        <p class="upl-empty sc-muted" data-testid="uploads-empty">
          {t('uploads_empty')}
        </p>
      )}
      {records && records.length > 0 && (
        <>
          <UploadList records={records.slice(0, limit)} queued={queuedUploads(records)} progress={progress} now={now} {...actions} />
          <ShowMore shown={Math.min(limit, records.length)} total={records.length} step={STEP} onMore={more} />
        </>
      )}
    </UploadDropZone>
  );
}
