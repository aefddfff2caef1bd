import { ErrorNotice } from '@/components/ErrorNotice';
import type { AddOutcome } from '@/lib/ui/use-uploads';

interface Props {
  outcome: AddOutcome;
  /** "2 files are uploading…", "The screenshot is uploading…". */
  started: (count: number) => string;
}

/** What became of a hand-off to the uploader: started, refused file by file, or not at all. */
export function UploadOutcome({ outcome, started }: Props) {
  return (
    <div class="upl-outcome" data-testid="upload-outcome">
      {outcome.error && <ErrorNotice error={outcome.error} />}
      {outcome.started > 0 && (
        <div class="sc-notice sc-notice--ok">
          <p class="sc-notice__body">{started(outcome.started)} It goes on in the background, even if you close this.</p>
        </div>
      )}
      {outcome.rejected.length > 0 && (
        <div class="sc-notice sc-notice--warn" data-testid="upload-rejected">
          <p class="sc-notice__title">{outcome.rejected.length === 1 ? 'Not added' : `${outcome.rejected.length} not added`}</p>
          <ul class="upl-outcome__reasons">
            {outcome.rejected.map((item, index) => (
              <li key={`${index}:${item.filename}`}>{item.reason.includes(item.filename) ? item.reason : `${item.filename}: ${item.reason}`}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
