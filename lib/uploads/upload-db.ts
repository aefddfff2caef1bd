/**
 * Uploads live in the extension's IndexedDB: the bytes (blobs, kept on disk by the browser, never
 * read into memory here) and the records. IndexedDB is the one store every extension context can
 * reach — the popup, the captures page, the service worker and Chrome's offscreen document (which
 * has no `storage` API) — and it holds blobs, which `storage.local` cannot.
 */
const DB_NAME = 'sume-capture';
const DB_VERSION = 1;
export const BLOBS = 'blobs';
export const UPLOADS = 'uploads';

let opening: Promise<IDBDatabase> | undefined;

export function openUploadDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(BLOBS)) db.createObjectStore(BLOBS);
      if (!db.objectStoreNames.contains(UPLOADS)) db.createObjectStore(UPLOADS, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** One request in its own transaction, as a promise that settles when the transaction commits. */
export async function idb<T>(store: string, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openUploadDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = run(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB request failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
  });
}
