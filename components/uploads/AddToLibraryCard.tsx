import { useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n/t';
import { type AddOutcome, moving, type UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { SaveMoment } from '../moments/SaveMoment';
import { CaptureMediaButtons, type MediaKind, mediaStarted } from './CaptureMediaButtons';
import { UploadDropZone } from './UploadDropZone';
import { UploadList } from './UploadList';
import { UploadOutcome } from './UploadOutcome';
import type { UploadActions } from './UploadRow';
import { queuedUploads } from './upload-text';

interface Props extends UploadActions {
  records: UploadRecord[] | null;
  progress: ReadonlyMap<string, UploadProgress>;
  now: number;
  onFiles: (files: File[]) => Promise<AddOutcome>;
  onScreenshot: (crop: 'page' | 'video') => Promise<AddOutcome>;
  onFrame: () => Promise<AddOutcome>;
  /** False when the popup is not about a tab (opened as a window for a link). */
  showCaptureButtons: boolean;
  videoAvailable: boolean;
  onChooseFiles?: () => void;
  chooseHint?: string;
  onOpenAll: () => void;
  /** The popup: "Save a moment" of the tab's video, its note field taking the row's place while open. */
  onSaveMoment?: (note: string) => Promise<AddOutcome>;
}

type Outcome = { from: MediaKind | 'files'; outcome: AddOutcome };

/** An upload that finished a while ago is no news: the Uploads tab has it. */
const NEWS_MS = 2 * 60_000;
const stillNews = (record: UploadRecord, now: number) => moving(record) || record.status === 'failed' || now - record.updatedAt < NEWS_MS;

/**
 * The popup's Asset Library row: capture from the tab or choose files, one outcome at a time (the
 * newest replaces the last), and the latest upload. Everything else is on the Uploads tab.
 */
export function AddToLibraryCard({
  records,
  progress,
  now,
  onFiles,
  onScreenshot,
  onFrame,
  showCaptureButtons,
  videoAvailable,
  onChooseFiles,
  chooseHint,
  onOpenAll,
  onSaveMoment,
  ...actions
}: Props) {
  const [last, setLast] = useState<Outcome | null>(null);
  // The popup has no height to spare (600 px, nearly all used): the moment's field replaces the row, it adds none.
  const [momentOpen, setMomentOpen] = useState(false);
  const canSaveMoment = onSaveMoment !== undefined && showCaptureButtons && videoAvailable;
  const latest = (records ?? []).slice(0, 1).filter((record) => stillNews(record, now));
  return (
    <section class="upl-card upl-card--popup" aria-labelledby="upl-card-title" data-testid="add-to-library">
      <div class="upl-card__head">
        <h2 id="upl-card-title">{t('uploads_cardTitle')}</h2>
        {canSaveMoment && (
          <button
            type="button"
            class="field__link upl-card__moment"
            aria-expanded={momentOpen}
            aria-controls="upl-card-moment"
            onClick={() => setMomentOpen(!momentOpen)}
          >
            {t('moments_openForm')}
          </button>
        )}
        {(records ?? []).length > 0 && (
          <button type="button" class="field__link" onClick={onOpenAll}>
            {t('uploads_allUploads')}
          </button>
        )}
      </div>
      {canSaveMoment && momentOpen && (
        <div id="upl-card-moment">
          <SaveMoment compact autoFocus onSave={onSaveMoment} onClose={() => setMomentOpen(false)} />
        </div>
      )}
      <div class={`upl-card__row${showCaptureButtons ? '' : ' upl-card__row--files'}`} hidden={canSaveMoment && momentOpen}>
        {showCaptureButtons && (
          <CaptureMediaButtons
            onScreenshot={onScreenshot}
            onFrame={onFrame}
            videoAvailable={videoAvailable}
            onOutcome={(result) => setLast(result && { from: result.kind, outcome: result.outcome })}
          />
        )}
        <UploadDropZone
          buttonOnly
          onFiles={onFiles}
          records={records}
          onOutcome={(outcome) => setLast(outcome && { from: 'files', outcome })}
          {...(onChooseFiles ? { onChooseFiles } : {})}
          {...(chooseHint ? { chooseHint } : {})}
        />
      </div>
      <div aria-live="polite">
        {last && (
          <UploadOutcome
            key={last.from}
            brief
            outcome={last.outcome}
            records={records}
            started={(count) => (latest.length > 0 ? '' : last.from === 'files' ? tn('uploads_filesStarted', count) : mediaStarted(last.from))}
          />
        )}
      </div>
      {latest.length > 0 && (
        <UploadList
          compact
          label={t('uploads_latestUpload')}
          records={latest}
          queued={queuedUploads(records ?? [])}
          progress={progress}
          now={now}
          {...actions}
        />
      )}
    </section>
  );
}
