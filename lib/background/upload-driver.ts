/**
 * Drives uploads in the background: presign and finalize here (they need the API key, which never
 * leaves the background), the PUT in the uploader (uploader-host.ts). One upload at a time, each
 * step retried on its own; the signed URL is held in memory only and asked for again when lost.
 */
import type { SumeClient } from '../api/client';
import { serializeFailure, SumeApiError } from '../api/errors';
import type { SignedUpload } from '../api/signed-upload';
import { showNotification } from '../browser/notifications';
import { runPut } from '../browser/uploader-host';
import { deleteBlob } from '../uploads/blob-store';
import type { TrackedJob } from '../captures/capture-record';
import { applyPoll, applyPollFailure, isActive, startTracking } from '../jobs/job-tracker';
import { assetMetadata } from '../uploads/asset-metadata';
import { batchesToTell } from '../uploads/upload-batches';
import { nextAction, onFinalized, onOutcomeTold, onPresigned, onStepError, presignIdempotencyKey } from '../uploads/upload-machine';
import type { UploadRecord } from '../uploads/upload-record';
import { getUpload, listUploads, saveUpload, updateUpload } from '../uploads/upload-store';
import { currentClient } from './sume-client';
import { createWakeLoop } from './wake-loop';
import { report, reported, reportError } from '../diagnostics/report';
import { t } from '../i18n/t';
import { safeHttpUrl } from '../ui/safe-url';

export const UPLOAD_ALARM = 'sume-capture-uploads';

const uploadFailure = (error: unknown) => serializeFailure(error, 'upload_error', t('background_uploadFailed'));

export function createUploadDriver(now: () => number = Date.now) {
  /** Signed URLs: credentials, so in memory only, and only until the PUT is done. */
  const signed = new Map<string, SignedUpload>();

  async function presign(client: SumeClient, record: UploadRecord): Promise<void> {
    try {
      const presigned = await client.presignUpload({
        filename: record.filename,
        contentType: record.contentType,
        sizeBytes: record.sizeBytes,
        idempotencyKey: presignIdempotencyKey(record),
      });
      signed.set(record.id, { uploadUrl: presigned.uploadUrl, method: presigned.method, requiredHeaders: presigned.requiredHeaders });
      const expiresAt = presigned.expiresAt ? Date.parse(presigned.expiresAt) : Number.NaN;
      await saveUpload(onPresigned(record, { storageKey: presigned.storageKey, ...(Number.isNaN(expiresAt) ? {} : { expiresAt }) }, now()));
    } catch (error) {
      await reportError('upload', `Asking Sume where to upload ${record.filename}`, error);
      await saveUpload(onStepError(record, 'presign', uploadFailure(error), now()));
    }
  }

  async function put(record: UploadRecord): Promise<void> {
    const upload = signed.get(record.id);
    if (!upload) return;
    // The uploader records the outcome itself; a refused URL is dropped so the next step asks again.
    const result = await runPut(record.id, upload).catch((error: unknown) => ({ ok: false as const, error: uploadFailure(error) }));
    if (!result.ok)
      // ui-literal: not user-facing (a diagnostics log line, for support)
      await report({ level: 'error', area: 'upload', message: `Sending the bytes of ${record.filename}: ${result.error.message}`, code: result.error.code });
    if (result.ok || result.error.code.startsWith('storage_') || result.error.code === 'upload_url_expired') signed.delete(record.id);
  }

  async function finalize(client: SumeClient, record: UploadRecord): Promise<void> {
    if (!record.storageKey) return saveUpload({ ...record, step: 'presign', updatedAt: now() });
    try {
      const finalized = await client.finalizeAsset({
        storageKey: record.storageKey,
        filename: record.filename,
        ...(record.meta.title ? { title: record.meta.title } : {}),
        ...((record.meta.reelUrl ?? record.meta.pageUrl) ? { sourceUrl: record.meta.reelUrl ?? record.meta.pageUrl } : {}),
        metadata: assetMetadata(record),
        idempotencyKey: record.finalizeKey,
      });
      const assetUrl = safeHttpUrl(finalized.asset.app_url);
      const done = onFinalized(
        record,
        { assetId: finalized.asset.id, ...(finalized.ingestJobId ? { ingestJobId: finalized.ingestJobId } : {}), ...(assetUrl ? { assetUrl } : {}) },
        now(),
      );
      await saveUpload(finalized.ingestJobId ? { ...done, ingest: startTracking(finalized.ingestJobId, 'queued', now()) } : done);
      await deleteBlob(record.id);
    } catch (error) {
      await reportError('upload', `Adding ${record.filename} to the Asset Library`, error);
      await saveUpload(onStepError(record, 'finalize', uploadFailure(error), now()));
    }
  }

  /**
   * One notification per batch whose uploads have all ended (upload-batches.ts), then each upload
   * is marked told. Shown first, marked after: a worker stopped in between shows the same news
   * again under the same id, which replaces it rather than adding a second.
   */
  async function tellEndedBatches(): Promise<void> {
    for (const news of batchesToTell(await listUploads())) {
      if (news.notice)
        await showNotification(`upload-${news.batchId}`, news.notice.title, news.notice.message, news.key).catch(
          reported('upload', 'Notifying how uploads ended'),
        );
      for (const id of news.ids) await updateUpload(id, onOutcomeTold);
    }
  }

  /** Follows the asset's ingest job; tells the user when it failed (success needs no second ping). */
  async function pollIngest(client: SumeClient, record: UploadRecord): Promise<number | undefined> {
    const job = record.ingest;
    if (!isActive(job)) return undefined;
    if (job.nextPollAt > now()) return job.nextPollAt;
    let next: TrackedJob;
    try {
      const answer = await client.getJob(job.id);
      next = applyPoll(job, { status: answer.status, error: answer.error }, now());
    } catch (error) {
      next = applyPollFailure(job, now(), error instanceof SumeApiError ? error.retryAfterMs : undefined);
    }
    await saveUpload({ ...record, ingest: next, updatedAt: now() });
    if (next.status === 'failed' || next.status === 'expired' || next.status === 'canceled') {
      await showNotification(
        `upload-${record.id}`,
        t('background_processingFailedTitle'),
        t('background_processingFailedBody', { filename: record.filename, reason: next.error?.message ?? t('background_processingFailedUnknown') }),
      ).catch(reported('upload', 'Notifying that Sume could not process an upload'));
    }
    return isActive(next) ? next.nextPollAt : undefined;
  }

  /** Runs every upload that can move now, tells what ended; returns when the next one is due (or undefined). */
  async function pass(): Promise<number | undefined> {
    const client = await currentClient();
    const wakeAt = client ? await moveUploads(client) : undefined;
    await tellEndedBatches();
    return wakeAt;
  }

  async function moveUploads(client: SumeClient): Promise<number | undefined> {
    let wakeAt: number | undefined;
    // Oldest first: files go in the order they were added (the list is shown newest first).
    for (const listed of (await listUploads()).reverse()) {
      // A few steps per upload per pass; one still moving after that is looked at again shortly.
      // Read fresh (earlier uploads' steps took time), then as each step left it.
      let record = await getUpload(listed.id);
      for (let steps = 0; record; steps++) {
        if (steps === 4) {
          wakeAt = Math.min(wakeAt ?? Infinity, now() + 1000);
          break;
        }
        const action = nextAction(record, now(), signed.has(record.id));
        if (action.kind === 'none') {
          const ingestAt = await pollIngest(client, record);
          if (ingestAt !== undefined) wakeAt = Math.min(wakeAt ?? Infinity, ingestAt);
          break;
        }
        if (action.kind === 'wait') {
          wakeAt = Math.min(wakeAt ?? Infinity, action.until);
          break;
        }
        if (action.kind === 'presign') await presign(client, record);
        else if (action.kind === 'put') await put(record);
        else await finalize(client, record);
        record = await getUpload(record.id);
      }
    }
    return wakeAt;
  }

  // ui-literal: not user-facing (what the loop does, for the diagnostics log)
  const loop = createWakeLoop({ alarm: UPLOAD_ALARM, area: 'upload', doing: 'Moving uploads along', pass, now });

  return {
    kick: loop.kick,
    owns: loop.owns,
    forget: (id: string) => signed.delete(id),
    /** For the upload document's PUT: the signed URL it was told to use, while it is still wanted. */
    signedUpload: (id: string): SignedUpload | null => signed.get(id) ?? null,
  };
}

export type UploadDriver = ReturnType<typeof createUploadDriver>;
