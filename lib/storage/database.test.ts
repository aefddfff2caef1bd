import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOBS, DB_NAME, DB_VERSION, isQuotaError, openDatabase, RESULTS, UPLOADS } from './database';

describe('the IndexedDB database', () => {
  beforeAll(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('upgrades a version-1 database in place: what it held stays, results get their store', async () => {
    // As the version before results moved here left it: blobs and upload records.
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(BLOBS);
        request.result.createObjectStore(UPLOADS, { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction([BLOBS, UPLOADS], 'readwrite');
      tx.objectStore(BLOBS).put(new Blob(['bytes']), 'u1');
      tx.objectStore(UPLOADS).put({ id: 'u1', filename: 'clip.mp4' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    v1.close();

    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([BLOBS, RESULTS, UPLOADS].sort());
    expect(await db.get(UPLOADS, 'u1')).toEqual({ id: 'u1', filename: 'clip.mp4' });
    expect(await db.get(BLOBS, 'u1')).toBeInstanceOf(Blob);
    await db.put(RESULTS, { savedAt: 1, result: {} }, 'c1');
    expect(await db.get(RESULTS, 'c1')).toEqual({ savedAt: 1, result: {} });
  });

  it('tells a full disk from other failures', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('Quota exceeded for this origin'))).toBe(true);
    expect(isQuotaError(new TypeError('storage went away'))).toBe(false);
  });
});
