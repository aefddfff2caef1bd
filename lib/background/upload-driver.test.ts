/**
 * How finished uploads are told, through the real driver and stored records: one notification per
 * batch once all of it has ended, never twice — also when the worker was stopped in between (a new
 * driver finds the batch's news in the records alone).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOW, upload } from '@/components/uploads/test-uploads';
import { showNotification } from '../browser/notifications';
import type { UploadRecord } from '../uploads/upload-record';
import { getUpload, saveUpload } from '../uploads/upload-store';
import { createUploadDriver } from './upload-driver';

vi.mock('../browser/notifications', () => ({ showNotification: vi.fn(async () => {}) }));

const shown = vi.mocked(showNotification);

const ofBatch = (batchId: string, n: number, change: Partial<UploadRecord> = {}) =>
  upload({ id: `${batchId}-${n}`, filename: `clip-${n}.mp4`, batchId, outcomeUntold: true, createdAt: NOW + n, step: 'done', status: 'done', ...change });

beforeEach(() => {
  fakeBrowser.reset();
  shown.mockClear();
});

describe('telling finished uploads, one notification per batch', () => {
  it('five files chosen at once are told once, when the last has ended, and never again', async () => {
    const batch = [1, 2, 3, 4, 5].map((n) => ofBatch('five', n, n === 5 ? { step: 'finalize', status: 'active' } : {}));
    for (const record of batch) await saveUpload(record);

    // No API key in this test: nothing moves, only the news is looked at. One is still finishing.
    await createUploadDriver().kick();
    expect(shown).not.toHaveBeenCalled();

    await saveUpload({ ...batch[4]!, step: 'done', status: 'done' });
    // A new driver, as after the worker was stopped: the stored records are all it knows.
    await createUploadDriver().kick();
    expect(shown).toHaveBeenCalledTimes(1);
    expect(shown).toHaveBeenCalledWith(
      'upload-five',
      '5 files added to your Asset Library',
      'clip-1.mp4 and 4 more are in Sume. They become searchable once Sume has processed them.',
      expect.any(String),
    );
    for (const record of batch) expect((await getUpload(record.id))?.outcomeUntold).toBeUndefined();

    await createUploadDriver().kick();
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('failures are told in the same notification, with the count and the first of them', async () => {
    const error = { kind: 'http' as const, status: 422, code: 'unsupported_media', message: 'Sume does not accept this video format.' };
    await saveUpload(ofBatch('mixed', 1));
    await saveUpload(ofBatch('mixed', 2, { step: 'put', status: 'failed', error }));
    await saveUpload(ofBatch('mixed', 3, { step: 'presign', status: 'failed', error }));

    await createUploadDriver().kick();
    expect(shown.mock.calls).toEqual([
      [
        'upload-mixed',
        '2 of 3 uploads failed',
        'clip-2.mp4: Sume does not accept this video format. The other one is in your Asset Library.',
        expect.any(String),
      ],
    ]);
  });
});
