/** The bytes of each upload, persisted before any network call and deleted once the asset exists. */
import { BLOBS, idb } from '../storage/database';

export const putBlob = (id: string, blob: Blob) => idb(BLOBS, 'readwrite', (s) => s.put(blob, id)).then(() => undefined);

export async function getBlob(id: string): Promise<Blob | null> {
  const value = await idb<unknown>(BLOBS, 'readonly', (s) => s.get(id));
  return value instanceof Blob ? value : null;
}

export const deleteBlob = (id: string) => idb(BLOBS, 'readwrite', (s) => s.delete(id)).then(() => undefined);

/** Every stored blob's id (keys only: the bytes are not read). */
export const listBlobIds = () => idb<IDBValidKey[]>(BLOBS, 'readonly', (s) => s.getAllKeys()).then((keys) => keys.map(String));
