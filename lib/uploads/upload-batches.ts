/**
 * How uploads that ended are told: one notification per batch (the files chosen at once), once none
 * of the batch is still moving — not one per file. Derived from the stored records alone (their
 * `batchId` and `outcomeUntold`), so an MV3 worker stopped between two uploads of a batch, or before
 * it could notify, tells the batch on its next pass all the same.
 */
import { t, tn } from '../i18n/t';
import type { UploadRecord } from './upload-record';

export interface BatchNews {
  /** The batch it is about (its notification's id, so the same news shown twice replaces itself). */
  batchId: string;
  /** Every upload it covers, cancelled ones included: all of them are told once it is shown. */
  ids: string[];
  /** Stable for the same news: a repeat (worker stopped before it could mark the batch told) replaces the first. */
  key: string;
  /** Null when there is nothing to say (every upload of it was cancelled by the user). */
  notice: { title: string; message: string } | null;
}

const moving = (record: UploadRecord) => record.status === 'active' || record.status === 'waiting_retry';

/** Uploads with no batch (from before batches) are each a batch of their own. */
const batchOf = (record: UploadRecord) => record.batchId ?? record.id;

/** A reason ends as a sentence does (a Japanese full stop counts). */
const sentence = (text: string) => (/[.!?…。！？]$/.test(text) ? text : `${text}.`);

const reason = (record: UploadRecord) => (record.error?.message ? sentence(record.error.message) : t('core_batchNoReason'));

/** What one notification says about the uploads of a batch that were added and that failed (oldest first). */
export function batchNotice(added: readonly UploadRecord[], failed: readonly UploadRecord[]): BatchNews['notice'] {
  const [firstAdded] = added;
  const [firstFailed] = failed;
  if (firstFailed) {
    const why = { name: firstFailed.filename, reason: reason(firstFailed) };
    if (added.length > 0) {
      return {
        title: tn('core_batchSomeFailedTitle', failed.length, { total: failed.length + added.length }),
        message: tn('core_batchSomeFailedBody', added.length, why),
      };
    }
    if (failed.length === 1) return { title: t('core_batchUploadFailed'), message: t('core_batchFailedOne', why) };
    return { title: tn('core_batchAllFailedTitle', failed.length), message: t('core_batchAllFailedBody', { ...why, tab: t('uploads_tabUploads') }) };
  }
  if (!firstAdded) return null;
  if (added.length === 1) return { title: t('core_batchAddedTitle'), message: t('core_batchAddedBody', { name: firstAdded.filename }) };
  return {
    title: tn('core_batchAllAddedTitle', added.length),
    message: tn('core_batchAllAddedBody', added.length - 1, { name: firstAdded.filename }),
  };
}

/** The batches whose news is due: every upload of them has ended, and some were not told yet. */
export function batchesToTell(records: readonly UploadRecord[]): BatchNews[] {
  const batches = new Map<string, UploadRecord[]>();
  for (const record of records) batches.set(batchOf(record), [...(batches.get(batchOf(record)) ?? []), record]);
  const news: BatchNews[] = [];
  for (const [batchId, members] of batches) {
    const untold = members.filter((record) => record.outcomeUntold).sort((a, b) => a.createdAt - b.createdAt);
    if (untold.length === 0 || members.some(moving)) continue;
    news.push({
      batchId,
      ids: untold.map((record) => record.id),
      key: String(Math.max(...untold.map((record) => record.updatedAt))),
      notice: batchNotice(
        untold.filter((record) => record.status === 'done'),
        untold.filter((record) => record.status === 'failed'),
      ),
    });
  }
  return news;
}
