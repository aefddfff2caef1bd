/**
 * Upload records in IndexedDB, validated on every read, with one BroadcastChannel telling every
 * extension context (popup, captures page, worker, uploader) that they changed.
 */
import { UPLOADS, idb } from './upload-db';
import { uploadRecordSchema, type UploadRecord } from './upload-record';

export const UPLOADS_CHANNEL = 'sume-capture-uploads';

export async function listUploads(): Promise<UploadRecord[]> {
  const values = await idb<unknown[]>(UPLOADS, 'readonly', (s) => s.getAll());
  return values
    .flatMap((value) => {
      const parsed = uploadRecordSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

export async function getUpload(id: string): Promise<UploadRecord | null> {
  const parsed = uploadRecordSchema.safeParse(await idb<unknown>(UPLOADS, 'readonly', (s) => s.get(id)));
  return parsed.success ? parsed.data : null;
}

let channel: BroadcastChannel | undefined;
function announce(): void {
  channel ??= new BroadcastChannel(UPLOADS_CHANNEL);
  channel.postMessage({ type: 'uploads-changed' });
}

export async function saveUpload(record: UploadRecord): Promise<void> {
  await idb(UPLOADS, 'readwrite', (s) => s.put(uploadRecordSchema.parse(record)));
  announce();
}

export async function deleteUpload(id: string): Promise<void> {
  await idb(UPLOADS, 'readwrite', (s) => s.delete(id));
  announce();
}

/** Calls `listener` whenever any context changed an upload. Returns the unsubscribe. */
export function watchUploads(listener: () => void): () => void {
  const watcher = new BroadcastChannel(UPLOADS_CHANNEL);
  watcher.onmessage = () => listener();
  return () => watcher.close();
}
