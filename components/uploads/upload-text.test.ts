import { describe, expect, it } from 'vitest';
import type { UploadRecord } from '@/lib/uploads/upload-record';
import { NOW, upload } from './test-uploads';
import { queuedUploads, stepText } from './upload-text';

/** The n-th file chosen (older first), in whatever state. */
const nth = (n: number, change: Partial<UploadRecord> = {}) => upload({ id: `u${n}`, createdAt: NOW + n, ...change });
const notStarted = (n: number) => nth(n, { step: 'presign' });

describe('which uploads wait their turn', () => {
  it.each<[string, UploadRecord[], string[]]>([
    ['one file: it goes at once (preparing, not waiting)', [notStarted(1)], []],
    ['five chosen at once: the first prepares, the other four wait', [1, 2, 3, 4, 5].map(notStarted), ['u2', 'u3', 'u4', 'u5']],
    ['behind one uploading', [nth(1, { step: 'put' }), notStarted(2)], ['u2']],
    ['behind one finishing', [nth(1, { step: 'finalize' }), notStarted(2)], ['u2']],
    ['the list newest first, as it is shown', [notStarted(3), notStarted(2), nth(1, { step: 'put' })], ['u2', 'u3']],
    ['an older one waiting out a retry holds nothing up', [nth(1, { status: 'waiting_retry', nextAttemptAt: NOW + 60_000 }), notStarted(2)], []],
    [
      'older ones that ended hold nothing up',
      [nth(1, { step: 'done', status: 'done' }), nth(2, { status: 'failed' }), nth(3, { status: 'canceled' }), notStarted(4)],
      [],
    ],
    ['one already uploading is never queued', [nth(1, { step: 'put' }), nth(2, { step: 'put' })], []],
    ['nothing at all', [], []],
  ])('%s', (_, records, queued) => {
    expect([...queuedUploads(records)].sort()).toEqual(queued);
  });
});

describe('what a row says before any byte moves', () => {
  it.each<[string, UploadRecord, boolean, string, string]>([
    ['its turn has not come', upload({ step: 'presign' }), true, 'Waiting to upload', 'queued'],
    ['asking for the upload link', upload({ step: 'presign' }), false, 'Preparing…', 'busy'],
    // Only a not-yet-started upload can be queued; anything further along says what it does.
    ['uploading', upload({ step: 'put' }), true, 'Uploading', 'busy'],
    ['waiting to retry', upload({ step: 'presign', status: 'waiting_retry', nextAttemptAt: NOW + 3_000 }), true, 'Waiting to retry (in 3 s)', 'warn'],
  ])('%s', (_, record, queued, text, tone) => {
    expect(stepText(record, NOW, queued)).toEqual({ text, tone });
  });
});
