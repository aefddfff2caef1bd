import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { upload } from '@/components/uploads/test-uploads';
import { idb, UPLOADS } from '../storage/database';
import { quarantineItem } from '../storage/quarantine';
import { listUploads, saveUpload } from './upload-store';

describe('the upload store', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await idb(UPLOADS, 'readwrite', (store) => store.clear());
  });

  it('lists valid uploads newest first, and moves one that fails its schema aside with the reason', async () => {
    await saveUpload(upload({ id: 'old', createdAt: 1 }));
    await saveUpload(upload({ id: 'new', createdAt: 2 }));
    await idb(UPLOADS, 'readwrite', (store) => store.put({ id: 'broken', filename: 7 }));
    expect((await listUploads()).map((u) => u.id)).toEqual(['new', 'old']);
    const aside = await quarantineItem.getValue();
    expect(aside).toEqual([expect.objectContaining({ from: 'uploads/broken', value: { id: 'broken', filename: 7 } })]);
    // Moved, not copied again on every read.
    await listUploads();
    expect(await quarantineItem.getValue()).toHaveLength(1);
  });
});
