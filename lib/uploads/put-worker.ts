/**
 * The PUT of an upload's bytes, with progress. Runs where XMLHttpRequest exists: Chrome's
 * offscreen document (the MV3 worker has none) or Firefox's background page. It holds the upload
 * with a lease refreshed as bytes go, records the outcome in IndexedDB itself (so a worker that was
 * stopped meanwhile finds it on waking), then answers. What it says comes in `texts`, from the
 * background: Chrome's offscreen document has no i18n API (see UploadTexts).
 */
import { serializeFailure, type SerializedSumeError } from '../api/errors';
import { uploadWithProgress, type SignedUpload, type UploadTexts } from '../api/signed-upload';
import { getBlob } from './blob-store';
import { onProgress, onStepError, onUploaded } from './upload-machine';
import type { UploadRecord } from './upload-record';
import { updateUpload } from './upload-store';
import { reported } from '../diagnostics/report';

/** Progress is written at most this often: enough for a smooth bar, light on IndexedDB. */
const PROGRESS_EVERY_MS = 250;

const running = new Map<string, AbortController>();

const cancelled = (texts: UploadTexts): { ok: false; error: SerializedSumeError } => ({
  ok: false,
  error: { kind: 'aborted', code: 'aborted', message: texts.cancelled },
});

/**
 * Every write goes onto the record as stored, in one transaction, and leaves a cancelled one as it
 * is: a cancel saved by the worker meanwhile is never overwritten by this PUT's progress.
 */
const unlessCancelled = (change: (stored: UploadRecord) => UploadRecord) => (stored: UploadRecord) => (stored.status === 'canceled' ? null : change(stored));

export async function putUpload(
  id: string,
  upload: SignedUpload,
  texts: UploadTexts,
  now: () => number = Date.now,
): Promise<{ ok: true } | { ok: false; error: SerializedSumeError }> {
  const blob = await getBlob(id);
  if (!blob) return { ok: false, error: { kind: 'http', code: 'blob_missing', message: texts.bytesGone } };
  const started = await updateUpload(
    id,
    unlessCancelled((stored) => onProgress(stored, 0, now())),
  );
  if (!started || started.status === 'canceled') return cancelled(texts);

  const controller = new AbortController();
  running.get(id)?.abort();
  running.set(id, controller);
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    await uploadWithProgress(
      upload,
      blob,
      (sent) => {
        if (now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now();
        const at = lastWrite;
        writing = writing
          .then(() =>
            updateUpload(
              id,
              unlessCancelled((stored) => onProgress(stored, sent, at)),
            ),
          )
          .catch(reported('upload', 'Recording upload progress'));
      },
      texts,
      controller.signal,
    );
    await writing;
    const uploaded = await updateUpload(
      id,
      unlessCancelled((stored) => onUploaded(stored, now())),
    );
    return uploaded?.status === 'canceled' ? cancelled(texts) : { ok: true };
  } catch (error) {
    await writing;
    const serialized = serializeFailure(error, 'upload_error', texts.stopped);
    await updateUpload(
      id,
      unlessCancelled((stored) => onStepError(stored, 'put', serialized, now())),
    );
    return { ok: false, error: serialized };
  } finally {
    if (running.get(id) === controller) running.delete(id);
  }
}

export function abortUpload(id: string): void {
  running.get(id)?.abort();
}
