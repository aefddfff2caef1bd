/**
 * How uploads that ended are told: one notification per batch (the files chosen at once), once none
 * of the batch is still moving — not one per file. Derived from the stored records alone (their
 * `batchId` and `outcomeUntold`), so an MV3 worker stopped between two uploads of a batch, or before
 * it could notify, tells the batch on its next pass all the same.
 */
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

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const reason = (record: UploadRecord) => sentence(record.error?.message ?? 'Sume did not accept it');

/** What one notification says about the uploads of a batch that were added and that failed (oldest first). */
export function batchNotice(added: readonly UploadRecord[], failed: readonly UploadRecord[]): BatchNews['notice'] {
  const [firstAdded] = added;
  const [firstFailed] = failed;
  if (firstFailed) {
    const why = `${firstFailed.filename}: ${reason(firstFailed)}`;
    if (added.length > 0) {
      const rest = added.length === 1 ? 'The other one is' : `The other ${added.length} are`;
      return { title: `${failed.length} of ${failed.length + added.length} uploads failed`, message: `${why} ${rest} in your Asset Library.` };
    }
    if (failed.length === 1) return { title: 'Upload failed', message: why };
    return { title: `${failed.length} uploads failed`, message: `${why} The Uploads tab says why for each of them.` };
  }
  if (!firstAdded) return null;
  if (added.length === 1) {
    return { title: 'Added to your Asset Library', message: `${firstAdded.filename} is in Sume. It becomes searchable once Sume has processed it.` };
  }
  return {
    title: `${added.length} files added to your Asset Library`,
    message: `${firstAdded.filename} and ${added.length - 1} more are in Sume. They become searchable once Sume has processed them.`,
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
