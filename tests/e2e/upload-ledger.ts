/**
 * What the extension itself keeps about uploads, read the way its own pages read it: the
 * IndexedDB database `sume-capture` (lib/storage/database.ts) with the records (`uploads`) and the
 * bytes waiting to be sent (`blobs`). Runs in any of the extension's pages.
 */
import type { Page } from '@playwright/test';
import type { UploadRecord } from '../../lib/uploads/upload-record';

/** One upload record, as the extension stores it (one type, from lib/uploads/upload-record.ts). */
export type StoredUpload = UploadRecord;

type Store = 'uploads' | 'blobs';

/**
 * Everything in one store: the records, or the keys of the kept blobs. A database the extension has
 * not created yet reads as empty and is NOT created here: a version-1 database without its stores
 * would stop the extension from ever creating them.
 */
function readStore(page: Page, store: Store): Promise<unknown[]> {
  return page.evaluate(async (storeName) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('sume-capture');
      request.onupgradeneeded = (event) => {
        if (event.oldVersion === 0) request.transaction?.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (!db) return [];
    try {
      if (!db.objectStoreNames.contains(storeName)) return [];
      const objects = db.transaction(storeName).objectStore(storeName);
      const request = storeName === 'blobs' ? objects.getAllKeys() : objects.getAll();
      return await new Promise<unknown[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

export class UploadLedger {
  /** `page`: any open page of the extension (popup, captures page, settings). */
  constructor(readonly page: Page) {}

  async uploads(): Promise<StoredUpload[]> {
    return (await readStore(this.page, 'uploads')) as StoredUpload[];
  }

  async upload(id: string): Promise<StoredUpload | undefined> {
    return (await this.uploads()).find((upload) => upload.id === id);
  }

  /** The one upload there is; throws when there are none or several. */
  async onlyUpload(): Promise<StoredUpload> {
    const all = await this.uploads();
    if (all.length !== 1) throw new Error(`Expected one upload in the extension, found ${all.length}.`);
    return all[0]!;
  }

  /** Ids of the uploads whose bytes are still kept in the browser. */
  async keptBlobIds(): Promise<string[]> {
    return (await readStore(this.page, 'blobs')).map(String);
  }

  /**
   * Reads the upload every few milliseconds until it settles (done, failed or canceled) and returns
   * every distinct `bytesSent` seen while its bytes were moving, in order.
   */
  async followProgress(id: string, timeoutMs: number): Promise<{ final: StoredUpload; bytesSeen: number[] }> {
    const bytesSeen: number[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const upload = await this.upload(id);
      if (upload?.step === 'put' && upload.status === 'active' && upload.bytesSent !== bytesSeen.at(-1)) bytesSeen.push(upload.bytesSent);
      if (upload && ['done', 'failed', 'canceled'].includes(upload.status)) return { final: upload, bytesSeen };
      if (Date.now() > deadline) throw new Error(`Upload ${id} did not settle within ${timeoutMs} ms; last seen: ${JSON.stringify(upload)}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }
}
