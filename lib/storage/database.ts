/**
 * The extension's IndexedDB, for what is large or binary: upload bytes (blobs the browser keeps on
 * disk), upload records, and analysis results. It is the one store every extension context can
 * reach — the popup, the pages, the service worker and Chrome's offscreen document (which has no
 * `storage` API) — and it holds blobs and megabytes, which `storage.local` cannot.
 *
 * Opened through `idb` with a versioned upgrade: each entry of UPGRADES takes the database from
 * the version before it to its own, in order, and is never edited once shipped.
 */
import { type IDBPDatabase, openDB, unwrap } from 'idb';

export const DB_NAME = 'sume-capture';
export const BLOBS = 'blobs';
export const UPLOADS = 'uploads';
export const RESULTS = 'results';

export const UPGRADES: Readonly<Record<number, (db: IDBPDatabase) => void>> = {
  1: (db) => {
    db.createObjectStore(BLOBS);
    db.createObjectStore(UPLOADS, { keyPath: 'id' });
  },
  // Analysis results moved here from storage.local, whose 10 MB a single result can exceed.
  2: (db) => {
    db.createObjectStore(RESULTS);
  },
};
export const DB_VERSION = Math.max(...Object.keys(UPGRADES).map(Number));

let opening: Promise<IDBPDatabase> | undefined;

export function openDatabase(): Promise<IDBPDatabase> {
  opening ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) UPGRADES[version]?.(db);
    },
    // A newer build of the extension wants to upgrade: let it (this context reopens when asked).
    blocking() {
      void opening?.then((db) => db.close());
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** The raw database, for callers that drive a transaction by hand (one read-modify-write). */
export const openRawDatabase = async (): Promise<IDBDatabase> => unwrap(await openDatabase());

/** One request in its own transaction; settles when the transaction has committed. */
export async function idb<T>(store: string, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openRawDatabase();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = run(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB request failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted.'));
  });
}

/** True for the browser's "no room left" errors, however it names them. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
