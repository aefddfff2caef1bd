/**
 * The PUT of an upload's bytes, with progress. Runs where XMLHttpRequest exists: Chrome's
 * offscreen document (the MV3 worker has none) or Firefox's background page. It holds the upload
 * with a lease refreshed as bytes go, records the outcome in IndexedDB itself (so a worker that was
 * stopped meanwhile finds it on waking), then answers.
 */
import { serializeFailure, type SerializedSumeError } from '../api/errors';
import { uploadWithProgress, type SignedUpload } from '../api/signed-upload';
import { getBlob } from './blob-store';
import { onProgress, onStepError, onUploaded } from './upload-machine';
import { getUpload, saveUpload } from './upload-store';

/** Progress is written at most this often: enough for a smooth bar, light on IndexedDB. */
const PROGRESS_EVERY_MS = 250;

const running = new Map<string, AbortController>();

export async function putUpload(id: string, upload: SignedUpload, now: () => number = Date.now): Promise<{ ok: true } | { ok: false; error: SerializedSumeError }> {
  const record = await getUpload(id);
  const blob = await getBlob(id);
  if (!record || record.status === 'canceled') return { ok: false, error: { kind: 'aborted', code: 'aborted', message: 'Upload cancelled.' } };
  if (!blob) return { ok: false, error: { kind: 'http', code: 'blob_missing', message: 'The file’s bytes are gone from this browser; add it again.' } };

  const controller = new AbortController();
  running.get(id)?.abort();
  running.set(id, controller);
  let current = onProgress(record, 0, now());
  await saveUpload(current);
  let lastWrite = 0;
  let writing = Promise.resolve();
  try {
    await uploadWithProgress(
      upload,
      blob,
      (sent) => {
        if (now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = now();
        current = onProgress(current, sent, lastWrite);
        const snapshot = current;
        writing = writing.then(() => saveUpload(snapshot)).catch(() => undefined);
      },
      controller.signal,
    );
    await writing;
    await saveUpload(onUploaded(current, now()));
    return { ok: true };
  } catch (error) {
    await writing;
    const serialized = serializeFailure(error, 'upload_error', 'The upload stopped unexpectedly. It will be retried.');
    const latest = (await getUpload(id)) ?? current;
    if (latest.status !== 'canceled') await saveUpload(onStepError(latest, 'put', serialized, now()));
    return { ok: false, error: serialized };
  } finally {
    if (running.get(id) === controller) running.delete(id);
  }
}

export function abortUpload(id: string): void {
  running.get(id)?.abort();
}
