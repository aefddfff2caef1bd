import { describe, expect, it } from 'vitest';
import type { SerializedSumeError } from '../api/errors';
import { httpFailure } from '../api/test-errors';
import {
  cancelUpload,
  createUpload,
  formatBytes,
  nextAction,
  onFinalized,
  onOutcomeTold,
  onPresigned,
  onProgress,
  onStepError,
  onUploaded,
  presignIdempotencyKey,
  recoverUpload,
  resumeUpload,
  retryUpload,
  validateFile,
} from './upload-machine';

const fresh = () =>
  createUpload({ id: 'u1', filename: 'clip.mp4', contentType: 'video/mp4', sizeBytes: 1000, source: 'file', meta: {}, presignKey: 'p', finalizeKey: 'f' }, 0);
const http = httpFailure;
const network: SerializedSumeError = { kind: 'network', code: 'network_error', message: 'offline' };

describe('validating files before anything is sent', () => {
  it.each([
    [{ name: 'a.mp4', type: 'video/mp4', size: 10 }, undefined, null],
    [{ name: 'a.png', type: 'image/png', size: 10 }, 5, /larger than the 5 B/],
    [{ name: 'empty.mp4', type: 'video/mp4', size: 0 }, undefined, /is empty/],
    [{ name: 'notes.txt', type: 'text/plain', size: 10 }, undefined, /not an image or a video/],
    [{ name: 'mystery', type: '', size: 10 }, undefined, /unknown type/],
  ])('%j (max %j)', (file, max, expected) => {
    const reason = validateFile(file, max);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });

  it.each([
    [0, '0 B'],
    [1536, '1.5 KB'],
    [50 * 1024 * 1024, '50 MB'],
    [3.25 * 1024 ** 3, '3.3 GB'],
  ])('formatBytes(%i) = %s', (n, text) => expect(formatBytes(n)).toBe(text));
});

describe('the upload state machine', () => {
  it('presign → put → finalize → done, dropping the storage key at the end', () => {
    let u = fresh();
    expect(nextAction(u, 0, false)).toEqual({ kind: 'presign' });
    expect(presignIdempotencyKey(u)).toBe('p:0');
    u = onPresigned(u, { storageKey: 'uploads/k', expiresAt: 600_000 }, 1);
    expect(u).toMatchObject({ step: 'put', storageKey: 'uploads/k', presigns: 1 });
    expect(nextAction(u, 2, true)).toEqual({ kind: 'put' });
    u = onProgress(u, 400, 3);
    expect(u).toMatchObject({ bytesSent: 400, leaseUntil: 20_003 });
    u = onUploaded(u, 4);
    expect(u).toMatchObject({ step: 'finalize', bytesSent: 1000 });
    expect(u.leaseUntil).toBeUndefined();
    expect(nextAction(u, 5, false)).toEqual({ kind: 'finalize' });
    u = onFinalized(u, { assetId: 'asset_1', ingestJobId: 'job_9' }, 6);
    expect(u).toMatchObject({ step: 'done', status: 'done', assetId: 'asset_1', ingestJobId: 'job_9' });
    expect(u.storageKey).toBeUndefined();
    expect(nextAction(u, 7, false)).toEqual({ kind: 'none' });
  });

  it.each([
    ['presign', network],
    ['presign', http(503, 'http_503')],
    ['put', network],
    ['finalize', http(500, 'internal_error')],
    ['finalize', network],
  ] as const)('a %s failure (%j) waits and retries that step only', (step, error) => {
    const base =
      step === 'presign'
        ? fresh()
        : step === 'put'
          ? onPresigned(fresh(), { storageKey: 'k' }, 0)
          : onUploaded(onPresigned(fresh(), { storageKey: 'k' }, 0), 0);
    const failed = onStepError(base, step, error, 100, () => 1);
    expect(failed).toMatchObject({ status: 'waiting_retry', step: base.step, nextAttemptAt: 1100 });
    expect(nextAction(failed, 500, true)).toEqual({ kind: 'wait', until: 1100 });
    expect(nextAction(failed, 1100, true).kind).toBe(step === 'put' ? 'put' : step);
  });

  it('a failed finalize never re-uploads', () => {
    const uploaded = onUploaded(onPresigned(fresh(), { storageKey: 'k' }, 0), 0);
    const failed = onStepError(uploaded, 'finalize', http(502, 'x'), 0, () => 1);
    expect(failed.step).toBe('finalize');
    expect(nextAction(failed, 10_000, false)).toEqual({ kind: 'finalize' });
  });

  it('a failed PUT re-uses the signed URL while it lasts, then presigns again with a new key', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k', expiresAt: 100_000 }, 0);
    const failed = onStepError(presigned, 'put', network, 0, () => 1);
    expect(nextAction(failed, 1000, true)).toEqual({ kind: 'put' });
    expect(nextAction(failed, 80_000, true)).toEqual({ kind: 'presign' });
    expect(presignIdempotencyKey(failed)).toBe('p:1');
  });

  it('an expired URL refused by storage goes straight back to presign, keeping the bytes', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k' }, 0);
    const expired = onStepError(presigned, 'put', { ...http(403, 'upload_url_expired'), message: 'expired' }, 5);
    expect(expired).toMatchObject({ step: 'presign', status: 'active', bytesSent: 0 });
  });

  it('a signed URL lost with a browser restart is asked for again', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k' }, 0);
    expect(nextAction(presigned, 1, false)).toEqual({ kind: 'presign' });
  });

  it('an uploader holding the PUT is left alone until its lease runs out', () => {
    const putting = onProgress(onPresigned(fresh(), { storageKey: 'k' }, 0), 10, 1000);
    expect(nextAction(putting, 2000, false)).toEqual({ kind: 'wait', until: 21_000 });
    expect(recoverUpload(putting, 30_000)).toMatchObject({ bytesSent: 0 });
    expect(recoverUpload(putting, 30_000).leaseUntil).toBeUndefined();
  });

  it('a PUT retried with the same URL is active again as soon as bytes move, with its progress', () => {
    const retrying = onStepError(onPresigned(fresh(), { storageKey: 'k' }, 0), 'put', network, 10, () => 0.5);
    expect(retrying.status).toBe('waiting_retry');
    const moving = onProgress(retrying, 300, 20);
    expect(moving).toMatchObject({ status: 'active', bytesSent: 300 });
    expect(moving.error).toBeUndefined();
    expect(moving.nextAttemptAt).toBeUndefined();
  });

  it('a restart resumes every upload under way at once, whatever it was doing', () => {
    const retrying = onStepError(onPresigned(fresh(), { storageKey: 'k' }, 0), 'put', network, 10, () => 0.5);
    const leasedRetry = { ...retrying, leaseUntil: 50_000 };
    const recovered = recoverUpload(leasedRetry, 100);
    expect(recovered).toMatchObject({ status: 'waiting_retry', nextAttemptAt: 100, bytesSent: 0 });
    expect(recovered.leaseUntil).toBeUndefined();
    expect(nextAction(recovered, 100, false)).toEqual({ kind: 'presign' });
    const finalizing = onStepError(onUploaded(onPresigned(fresh(), { storageKey: 'k' }, 0), 1), 'finalize', network, 2, () => 0.5);
    expect(nextAction(recoverUpload(finalizing, 3), 3, false)).toEqual({ kind: 'finalize' });
    const done = onFinalized(onUploaded(onPresigned(fresh(), { storageKey: 'k' }, 0), 1), { assetId: 'a' }, 2);
    expect(recoverUpload(done, 3)).toBe(done);
  });

  it('a moment keeps its note and timecode through every step, and the asset’s page once finalized', () => {
    const moment = {
      ...fresh(),
      source: 'moment' as const,
      meta: { reelUrl: 'https://www.tiktok.com/@a/video/7390000000000000001', videoTimeSeconds: 7.25, note: 'hook' },
    };
    const done = onFinalized(onUploaded(onPresigned(moment, { storageKey: 'k' }, 0), 1), { assetId: 'a', assetUrl: 'https://www.sume.so/library/assets/a' }, 2);
    expect(done).toMatchObject({ status: 'done', meta: moment.meta, assetUrl: 'https://www.sume.so/library/assets/a' });
    expect(onFinalized(onUploaded(onPresigned(moment, { storageKey: 'k' }, 0), 1), { assetId: 'a' }, 2).assetUrl).toBeUndefined();
  });

  it.each([
    [http(422, 'file_too_large'), 'presign'],
    [http(422, 'unsupported_media_type'), 'presign'],
    [http(401, 'unauthorized'), 'finalize'],
    [http(409, 'upload_not_found'), 'finalize'],
  ] as const)('%j at %s fails for good, with the reason kept', (error, step) => {
    const base = step === 'presign' ? fresh() : onUploaded(onPresigned(fresh(), { storageKey: 'k' }, 0), 0);
    const failed = onStepError(base, step, error, 0);
    expect(failed).toMatchObject({ status: 'failed', error: { code: error.code } });
    expect(nextAction(failed, 1e12, true)).toEqual({ kind: 'none' });
    expect(retryUpload(failed, 1)).toMatchObject({ status: 'active', step: base.step, attempts: 0 });
  });

  it('Retry-After is honoured', () => {
    const failed = onStepError(fresh(), 'presign', http(429, 'rate_limit_exceeded', 30_000), 0, () => 0);
    expect(failed.nextAttemptAt).toBe(30_000);
  });

  it('cancel stops everything and forgets the storage key; a done upload stays done', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k' }, 0);
    const canceled = cancelUpload(presigned, 1);
    expect(canceled.status).toBe('canceled');
    expect(canceled.storageKey).toBeUndefined();
    expect(nextAction(canceled, 2, true)).toEqual({ kind: 'none' });
    const done = onFinalized(onUploaded(presigned, 1), { assetId: 'a' }, 2);
    expect(cancelUpload(done, 3)).toBe(done);
  });

  it('a cancelled upload resumes from a new signed URL, with a new finalize key and batch, and owes its news again', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k' }, 0);
    const halfway = { ...onProgress(presigned, 500, 1), error: http(503, 'unavailable') };
    const resumed = resumeUpload(cancelUpload(halfway, 2), 3, { finalizeKey: 'f2', batchId: 'b2' });
    expect(resumed).toMatchObject({
      status: 'active',
      step: 'presign',
      bytesSent: 0,
      attempts: 0,
      finalizeKey: 'f2',
      batchId: 'b2',
      outcomeUntold: true,
      updatedAt: 3,
    });
    expect(resumed.error).toBeUndefined();
    expect(nextAction(resumed, 3, true)).toEqual({ kind: 'presign' });
    // The next presign asks under a key never used before.
    expect(presignIdempotencyKey(resumed)).not.toBe(presignIdempotencyKey(fresh()));
    // Only a cancelled upload resumes.
    expect(resumeUpload(halfway, 3, { finalizeKey: 'f2', batchId: 'b2' })).toBe(halfway);
  });
});

describe('short-lived signed URLs', () => {
  it('a URL that lives 20 s is still used (the margin scales with its lifetime)', () => {
    const presigned = onPresigned(fresh(), { storageKey: 'k', expiresAt: 20_000 }, 0);
    expect(nextAction(presigned, 1000, true)).toEqual({ kind: 'put' });
    expect(nextAction(presigned, 16_000, true)).toEqual({ kind: 'presign' });
  });
});

describe('telling how an upload ended (upload-batches.ts)', () => {
  it('an upload owes its news from the start until it is told, once it has ended', () => {
    const started = fresh();
    expect(started.outcomeUntold).toBe(true);
    expect(onOutcomeTold(started)).toBeNull();
    const done = onFinalized(onUploaded(onPresigned(started, { storageKey: 'k' }, 1), 2), { assetId: 'a' }, 3);
    expect(done.outcomeUntold).toBe(true);
    const told = onOutcomeTold(done);
    expect(told).toEqual({ ...done, outcomeUntold: undefined });
    expect(told && 'outcomeUntold' in told).toBe(false);
    expect(told?.updatedAt).toBe(done.updatedAt);
    expect(onOutcomeTold(told!)).toBeNull();
  });

  it('a failed upload the user retries owes its news again', () => {
    const failed = onStepError(fresh(), 'presign', http(422, 'unsupported_media'), 1);
    const told = onOutcomeTold(failed)!;
    expect(told.status).toBe('failed');
    const retried = retryUpload(told, 2);
    expect(retried.outcomeUntold).toBe(true);
    // Retried before it could be marked told: still untold, it is told when this attempt ends.
    expect(onOutcomeTold(retried)).toBeNull();
  });

  it('a cancelled upload is marked told too (there is nothing to say about it)', () => {
    expect(onOutcomeTold(cancelUpload(fresh(), 1))).not.toHaveProperty('outcomeUntold');
  });
});
