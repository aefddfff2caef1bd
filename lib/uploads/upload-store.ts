/**
 * Upload records in IndexedDB, validated on every read, with one BroadcastChannel telling every
 * extension context (popup, captures page, worker, uploader) that they changed.
 */
import { idb, openRawDatabase, UPLOADS } from '../storage/database';
import { schemaFailure, setAside } from '../storage/quarantine';
import { uploadRecordSchema, type UploadRecord } from './upload-record';

export const UPLOADS_CHANNEL = 'sume-capture-uploads';

/** Valid records, newest first; one that fails its schema is moved aside (quarantine.ts) and reported, not dropped. */
export async function listUploads(): Promise<UploadRecord[]> {
  const values = await idb<unknown[]>(UPLOADS, 'readonly', (s) => s.getAll());
  const records: UploadRecord[] = [];
  for (const value of values) {
    const parsed = uploadRecordSchema.safeParse(value);
    if (parsed.success) {
      records.push(parsed.data);
      continue;
    }
    const id = (value as { id?: unknown } | null)?.id;
    const reason = schemaFailure(parsed.error);
    await setAside(`uploads/${String(id)}`, value, reason);
    if (typeof id === 'string') await idb(UPLOADS, 'readwrite', (s) => s.delete(id));
  }
  return records.sort((a, b) => b.createdAt - a.createdAt);
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

/**
 * Read-modify-write of one record in a single IndexedDB transaction, so a change made meanwhile in
 * another context (a cancel in the worker while the uploader writes progress) is never overwritten.
 * `change` returns the record to store, or null to leave it as it is. Resolves with what is stored.
 */
export async function updateUpload(id: string, change: (record: UploadRecord) => UploadRecord | null): Promise<UploadRecord | null> {
  const db = await openRawDatabase();
  const stored = await new Promise<UploadRecord | null>((resolve, reject) => {
    const tx = db.transaction(UPLOADS, 'readwrite');
    const store = tx.objectStore(UPLOADS);
    let result: UploadRecord | null = null;
    const read = store.get(id);
    read.onsuccess = () => {
      const parsed = uploadRecordSchema.safeParse(read.result);
      if (!parsed.success) return;
      const next = change(parsed.data);
      result = next ?? parsed.data;
      if (next) store.put(uploadRecordSchema.parse(next));
    };
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
  });
  announce();
  return stored;
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
