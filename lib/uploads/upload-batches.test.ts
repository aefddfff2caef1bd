import { describe, expect, it } from 'vitest';
import { NOW, upload } from '@/components/uploads/test-uploads';
import { batchesToTell } from './upload-batches';
import type { UploadRecord } from './upload-record';

const refused = { kind: 'http' as const, status: 422, code: 'unsupported_media', message: 'Sume does not accept this video format.' };

/** The n-th file of a batch chosen at once (one millisecond apart, as the background stores them). */
const file = (n: number, change: Partial<UploadRecord> = {}): UploadRecord =>
  upload({ id: `u${n}`, filename: `clip-${n}.mp4`, batchId: 'b1', outcomeUntold: true, createdAt: NOW + n, ...change });
const added = (n: number, change: Partial<UploadRecord> = {}) => file(n, { step: 'done', status: 'done', assetId: `a${n}`, ...change });
const failed = (n: number, change: Partial<UploadRecord> = {}) => file(n, { status: 'failed', error: refused, ...change });
const uploading = (n: number) => file(n, { step: 'put', status: 'active' });

describe('one notification per batch of uploads', () => {
  it.each<[string, UploadRecord[], { title: string; message: string } | null]>([
    [
      'one file added',
      [added(1)],
      { title: 'Added to your Asset Library', message: 'clip-1.mp4 is in Sume. It becomes searchable once Sume has processed it.' },
    ],
    [
      'five files chosen at once, all added',
      [added(5), added(4), added(3), added(2), added(1)],
      { title: '5 files added to your Asset Library', message: 'clip-1.mp4 and 4 more are in Sume. They become searchable once Sume has processed them.' },
    ],
    ['one file failed', [failed(1)], { title: 'Upload failed', message: 'clip-1.mp4: Sume does not accept this video format.' }],
    [
      'three files failed: the count, and the first of them',
      [failed(3), failed(2, { error: { ...refused, message: 'Too big' } }), failed(1, { error: undefined })],
      { title: '3 uploads failed', message: 'clip-1.mp4: Sume did not accept it. The Uploads tab says why for each of them.' },
    ],
    [
      'some added, one failed',
      [added(1), failed(2), added(3)],
      { title: '1 of 3 uploads failed', message: 'clip-2.mp4: Sume does not accept this video format. The other 2 are in your Asset Library.' },
    ],
    [
      'one added, two failed',
      [failed(3), added(2), failed(1)],
      { title: '2 of 3 uploads failed', message: 'clip-1.mp4: Sume does not accept this video format. The other one is in your Asset Library.' },
    ],
    [
      'cancelled uploads are not news',
      [added(1), file(2, { status: 'canceled' })],
      { title: 'Added to your Asset Library', message: expect.stringMatching(/^clip-1\.mp4 is in Sume/) },
    ],
    ['every upload cancelled: nothing to say', [file(1, { status: 'canceled' }), file(2, { status: 'canceled' })], null],
  ])('%s', (_, records, notice) => {
    expect(batchesToTell(records)).toEqual([{ batchId: 'b1', ids: expect.any(Array), key: expect.any(String), notice }]);
  });

  it.each<[string, UploadRecord[]]>([
    ['one still uploading', [added(1), uploading(2)]],
    ['one still waiting its turn', [added(1), file(2, { step: 'presign' })]],
    ['one waiting out a retry', [failed(1), file(2, { status: 'waiting_retry', nextAttemptAt: NOW + 5_000 })]],
    ['everything already told', [added(1, { outcomeUntold: undefined }), failed(2, { outcomeUntold: undefined })]],
  ])('says nothing while the batch is not over, or once told: %s', (_, records) => {
    expect(batchesToTell(records)).toEqual([]);
  });

  it('covers every upload of the batch that ended, cancelled ones too, oldest first', () => {
    const [news] = batchesToTell([file(3, { status: 'canceled' }), failed(2), added(1)]);
    expect(news?.ids).toEqual(['u1', 'u2', 'u3']);
  });

  it('tells a retried upload on its own, without repeating the rest of its batch', () => {
    const earlier = { outcomeUntold: undefined };
    const news = batchesToTell([added(1, earlier), added(2, earlier), added(3, { updatedAt: NOW + 90_000 })]);
    expect(news).toEqual([
      {
        batchId: 'b1',
        ids: ['u3'],
        key: String(NOW + 90_000),
        notice: { title: 'Added to your Asset Library', message: expect.stringMatching(/^clip-3\.mp4 is in Sume/) },
      },
    ]);
  });

  it('the same news has the same key, so showing it again (worker stopped before marking it) replaces it', () => {
    const records = [added(1, { updatedAt: NOW + 5 }), added(2, { updatedAt: NOW + 9 })];
    expect(batchesToTell(records)[0]?.key).toBe(String(NOW + 9));
    expect(batchesToTell([...records].reverse())[0]?.key).toBe(String(NOW + 9));
  });

  it('keeps batches apart, and treats uploads from before batches as one each', () => {
    const records = [
      added(1),
      added(2),
      added(3, { batchId: 'b2' }),
      uploading(4),
      upload({ id: 'old', filename: 'old.mp4', step: 'done', status: 'done', outcomeUntold: true }),
    ];
    // b1 has one still uploading; b2 and the batch-less one are over.
    expect(batchesToTell(records).map((news) => [news.batchId, news.ids, news.notice?.title])).toEqual([
      ['b2', ['u3'], 'Added to your Asset Library'],
      ['old', ['old'], 'Added to your Asset Library'],
    ]);
  });

  it('never tells uploads stored before this notification existed (they were told one by one)', () => {
    const legacy = upload({ id: 'legacy', step: 'done', status: 'done' });
    expect(batchesToTell([legacy])).toEqual([]);
  });
});
