import { useRef } from 'preact/hooks';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t, tn } from '@/lib/i18n/t';
import { moving, type AddOutcome } from '@/lib/ui/use-uploads';
import type { UploadRecord } from '@/lib/uploads/upload-record';

interface Props {
  outcome: AddOutcome;
  /** "2 files are uploading…", "The screenshot is uploading…". */
  started: (count: number) => string;
  /** The uploads as listed; once none of those started here still moves, "uploading" is no longer said. */
  records?: readonly UploadRecord[] | null;
  /** One muted line instead of a notice (the popup, where the upload's row is right below). */
  brief?: boolean;
}

/**
 * Whether any of `ids` still moves. An id not listed yet (the list catches up a moment after the
 * start) counts as moving; one that was listed and then left the list (removed) does not.
 */
function useStillMoving(ids: readonly string[] | undefined, records: readonly UploadRecord[] | null | undefined): boolean {
  const seen = useRef(new Set<string>());
  if (!ids || !records) return true;
  return ids.some((id) => {
    const record = records.find((r) => r.id === id);
    if (record) seen.current.add(id);
    return record ? moving(record) : !seen.current.has(id);
  });
}

/** What became of a hand-off to the uploader: started, refused file by file, or not at all. */
export function UploadOutcome({ outcome, started, records, brief = false }: Props) {
  const stillMoving = useStillMoving(outcome.ids, records);
  return (
    <div class="upl-outcome" data-testid="upload-outcome">
      {outcome.error && <ErrorNotice error={outcome.error} />}
      {/* Once they have all settled, each row (and the announcer) says how it went. */}
      {outcome.started > 0 && stillMoving && brief && <p class="upl-outcome__brief">{t('uploads_goesOn', { started: started(outcome.started) }).trim()}</p>}
      {outcome.started > 0 && stillMoving && !brief && (
        <div class="sc-notice sc-notice--ok">
          <p class="sc-notice__body">{t('uploads_goesOn', { started: started(outcome.started) })}</p>
        </div>
      )}
      {outcome.rejected.length > 0 && (
        <div class="sc-notice sc-notice--warn" data-testid="upload-rejected">
          <p class="sc-notice__title">{tn('uploads_notAdded', outcome.rejected.length)}</p>
          <ul class="upl-outcome__reasons">
            {outcome.rejected.map((item, index) => (
              <li key={`${index}:${item.filename}`}>
                {item.reason.includes(item.filename) ? item.reason : t('uploads_rejected', { name: item.filename, reason: item.reason })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
