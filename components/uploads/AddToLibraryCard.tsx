import type { AddOutcome, UploadProgress } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { CaptureMediaButtons } from './CaptureMediaButtons';
import { UploadDropZone } from './UploadDropZone';
import { UploadList } from './UploadList';
import type { UploadActions } from './UploadRow';

const RECENT = 3;

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
}

/** The popup's "Add to Asset Library": captures of the tab, files, and the latest uploads. */
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
  ...actions
}: Props) {
  const recent = (records ?? []).slice(0, RECENT);
  return (
    <section class="sc-card upl-card" aria-labelledby="upl-card-title" data-testid="add-to-library">
      <div class="upl-card__head">
        <h2 id="upl-card-title">Add to Asset Library</h2>
        {recent.length > 0 && (
          <button type="button" class="field__link" onClick={onOpenAll}>
            All uploads
          </button>
        )}
      </div>
      {showCaptureButtons && <CaptureMediaButtons onScreenshot={onScreenshot} onFrame={onFrame} videoAvailable={videoAvailable} records={records} />}
      <UploadDropZone compact onFiles={onFiles} records={records} {...(onChooseFiles ? { onChooseFiles } : {})} {...(chooseHint ? { chooseHint } : {})} />
      {recent.length > 0 && <UploadList compact label="Recent uploads" records={recent} progress={progress} now={now} {...actions} />}
    </section>
  );
}
