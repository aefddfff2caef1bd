import { ShowMore, useLimit } from '@/components/captures/ShowMore';
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
          <p class="sc-notice__title">{records ? 'Live updates stopped' : 'Your uploads could not be loaded'}</p>
          <p class="sc-notice__body">{failure} Reload the page; if this goes on, reload the extension.</p>
        </div>
      )}
      {!records && !failure && (
        <p class="captures__loading sc-muted" aria-busy="true">
          <span class="sc-spinner" aria-hidden="true" /> Loading uploads…
        </p>
      )}
      {records && records.length === 0 && (
        <p class="upl-empty sc-muted" data-testid="uploads-empty">
          No uploads yet. Files you add here, and screenshots and frames you take from the popup, go to your Sume Asset Library.
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
