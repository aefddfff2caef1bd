/**
 * The upload pipeline as a pure state machine: presign → PUT → finalize, each step retried on its
 * own. A failed finalize never re-uploads; a failed PUT re-uses the signed URL until it expires,
 * then presigns again. The upload driver (lib/background/upload-driver.ts) performs the calls these functions decide on.
 */
import type { SerializedSumeError } from '../api/errors';
import { t, uiLocale } from '../i18n/t';
import { backoffDelay, classifyFailure, UPLOAD_BACKOFF, waitEndsWhenSumeIsBack } from '../retry/retry';
import type { UploadMeta, UploadRecord, UploadSource } from './upload-record';

/**
 * A signed URL this close to expiry is not worth starting a PUT with: 30 s, or a quarter of its
 * lifetime when Sume hands out short-lived URLs (a fixed 30 s would make a 20 s URL never usable).
 */
const EXPIRY_MARGIN_MS = 30_000;

function expiryMargin(record: UploadRecord): number {
  if (record.urlExpiresAt === undefined || record.urlIssuedAt === undefined) return EXPIRY_MARGIN_MS;
  return Math.min(EXPIRY_MARGIN_MS, Math.max(0, (record.urlExpiresAt - record.urlIssuedAt) / 4));
}

export interface NewUpload {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  source: UploadSource;
  meta: UploadMeta;
  presignKey: string;
  finalizeKey: string;
  /** Shared by uploads started together (upload-batches.ts). */
  batchId?: string;
  /** A small JPEG of an image (thumbnail.ts), for the lists. */
  thumbnail?: string;
}

export type UploadAction = { kind: 'presign' } | { kind: 'put' } | { kind: 'finalize' } | { kind: 'wait'; until: number } | { kind: 'none' };

/** What is wrong with a file before any network call, or null. */
export function validateFile(file: { name: string; type: string; size: number }, maxBytes?: number): string | null {
  const name = file.name;
  if (file.size === 0) return t('core_fileEmpty', { name });
  if (!/^(image|video)\/[a-z0-9.+-]+$/i.test(file.type)) return t('core_fileNotMedia', { name, type: file.type || t('core_unknownType') });
  if (maxBytes !== undefined && file.size > maxBytes) return t('core_fileTooLarge', { name, size: formatBytes(maxBytes) });
  return null;
}

const SIZE_UNITS = ['core_sizeBytes', 'core_sizeKilobytes', 'core_sizeMegabytes', 'core_sizeGigabytes', 'core_sizeTerabytes'] as const;

/** "0 B", "1.5 KB", "50 MB" (in German "1,5 KB", in French "1,5 Ko"): one decimal below 10, whole numbers above. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value >= 10 || unit === 0 ? 0 : 1;
  const size = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
  return t(SIZE_UNITS[unit] ?? 'core_sizeTerabytes', { size });
}

export function createUpload(input: NewUpload, now: number): UploadRecord {
  return { ...input, step: 'presign', status: 'active', bytesSent: 0, attempts: 0, presigns: 0, outcomeUntold: true, createdAt: now, updatedAt: now };
}

/**
 * What to do next. `hasSignedUrl` says whether the signed URL is still held (it lives in session
 * storage, so a browser restart loses it and the upload presigns again).
 */
export function nextAction(record: UploadRecord, now: number, hasSignedUrl: boolean): UploadAction {
  if (record.status === 'done' || record.status === 'failed' || record.status === 'canceled') return { kind: 'none' };
  if (record.status === 'waiting_retry' && (record.nextAttemptAt ?? 0) > now) return { kind: 'wait', until: record.nextAttemptAt ?? now };
  if (record.step === 'presign') return { kind: 'presign' };
  if (record.step === 'put') {
    // The uploader is on it (maybe since before this worker restarted): leave it alone.
    if (record.leaseUntil !== undefined && record.leaseUntil > now) return { kind: 'wait', until: record.leaseUntil };
    const expired = record.urlExpiresAt !== undefined && record.urlExpiresAt - expiryMargin(record) <= now;
    return !hasSignedUrl || expired ? { kind: 'presign' } : { kind: 'put' };
  }
  if (record.step === 'finalize') return { kind: 'finalize' };
  return { kind: 'none' };
}

const touch = (record: UploadRecord, now: number, change: Partial<UploadRecord>): UploadRecord => {
  const { error: _cleared, nextAttemptAt: _none, leaseUntil: _released, ...rest } = record;
  return { ...rest, status: 'active', ...change, updatedAt: now };
};

export function onPresigned(record: UploadRecord, presign: { storageKey: string; expiresAt?: number }, now: number): UploadRecord {
  return touch(record, now, {
    step: 'put',
    storageKey: presign.storageKey,
    presigns: record.presigns + 1,
    urlIssuedAt: now,
    bytesSent: 0,
    ...(presign.expiresAt !== undefined ? { urlExpiresAt: presign.expiresAt } : {}),
  });
}

/** How long the uploader's hold on a PUT lasts without news. */
export const LEASE_MS = 20_000;

/** Bytes are moving: the upload is active again (a retried PUT says so, with its progress). */
export function onProgress(record: UploadRecord, bytesSent: number, now: number): UploadRecord {
  const moving = { ...record, bytesSent: Math.min(bytesSent, record.sizeBytes), leaseUntil: now + LEASE_MS, updatedAt: now };
  if (record.status !== 'waiting_retry') return moving;
  const { error: _cleared, nextAttemptAt: _none, ...rest } = moving;
  return { ...rest, status: 'active' };
}

/** The idempotency key of the next presign: a new URL after an expiry needs a new key. */
export function presignIdempotencyKey(record: UploadRecord): string {
  return `${record.presignKey}:${record.presigns}`;
}

export function onUploaded(record: UploadRecord, now: number): UploadRecord {
  return touch(record, now, { step: 'finalize', bytesSent: record.sizeBytes, attempts: 0 });
}

/** The asset exists: the storage key is no longer needed and is dropped. */
export function onFinalized(record: UploadRecord, result: { assetId: string; ingestJobId?: string; assetUrl?: string }, now: number): UploadRecord {
  const { storageKey: _dropped, urlExpiresAt: _gone, ...rest } = record;
  return touch(rest as UploadRecord, now, {
    step: 'done',
    status: 'done',
    assetId: result.assetId,
    ...(result.ingestJobId ? { ingestJobId: result.ingestJobId } : {}),
    ...(result.assetUrl ? { assetUrl: result.assetUrl } : {}),
  });
}

/** Errors no retry can fix: the file itself (type, size), the account, a cancel (lib/retry decides). */
function permanent(error: SerializedSumeError): boolean {
  return error.code !== 'upload_url_expired' && !classifyFailure(error).retry;
}

/**
 * A step failed. An expired signed URL sends the upload back to presign (the bytes stay); a
 * storage refusal of the PUT is retried with a fresh URL; a finalize error retries finalize only.
 */
export function onStepError(
  record: UploadRecord,
  step: 'presign' | 'put' | 'finalize',
  error: SerializedSumeError,
  now: number,
  random: () => number = Math.random,
): UploadRecord {
  const attempts = record.attempts + 1;
  const { leaseUntil: _released, ...unleased } = record;
  record = unleased;
  if (step === 'put' && (error.code === 'upload_url_expired' || (error.status === 403 && error.code.startsWith('storage_')))) {
    return { ...record, step: 'presign', status: 'active', attempts, bytesSent: 0, error, updatedAt: now };
  }
  if (permanent(error) && !(step === 'put' && error.code.startsWith('storage_'))) {
    return { ...record, status: 'failed', attempts, error, updatedAt: now };
  }
  const wait = backoffDelay(attempts, UPLOAD_BACKOFF, { random, retryAfterMs: error.retryAfterMs });
  return { ...record, status: 'waiting_retry', attempts, error, nextAttemptAt: now + wait, bytesSent: step === 'put' ? 0 : record.bytesSent, updatedAt: now };
}

export function cancelUpload(record: UploadRecord, now: number): UploadRecord {
  if (record.status === 'done') return record;
  const { storageKey: _dropped, ...rest } = record;
  return { ...rest, status: 'canceled', updatedAt: now };
}

/**
 * A cancelled upload the user resumes. Its bytes were kept; the storage key went with the cancel,
 * so it starts from a new signed URL (a new presign key, as `presigns` counts on). A new finalize
 * key and batch: an asset is never created twice under one key with another storage key, and its
 * news is told on its own.
 */
export function resumeUpload(record: UploadRecord, now: number, fresh: { finalizeKey: string; batchId: string }): UploadRecord {
  if (record.status !== 'canceled') return record;
  const { error: _cleared, nextAttemptAt: _none, ...rest } = record;
  return { ...rest, ...fresh, status: 'active', step: 'presign', bytesSent: 0, attempts: 0, outcomeUntold: true, updatedAt: now };
}

/** A failed upload tried again by the user: from the step where it stopped, and told again how it ends. */
export function retryUpload(record: UploadRecord, now: number): UploadRecord {
  if (record.status !== 'failed') return record;
  return touch(record, now, { attempts: 0, outcomeUntold: true });
}

const settled = (record: UploadRecord) => record.status === 'done' || record.status === 'failed' || record.status === 'canceled';

/**
 * The user was told how the upload ended, or null to leave it as stored: one retried meanwhile
 * (active again) still owes its news.
 */
export function onOutcomeTold(record: UploadRecord): UploadRecord | null {
  if (!record.outcomeUntold || !settled(record)) return null;
  // Bookkeeping, not news about the upload: `updatedAt` stays when it ended.
  const { outcomeUntold: _told, ...rest } = record;
  return rest;
}

/** Sume answers again after an outage: an upload waiting out its backoff goes now. */
export function dueNowThatSumeIsBack(record: UploadRecord, now: number): UploadRecord {
  if (record.status !== 'waiting_retry' || (record.nextAttemptAt ?? 0) <= now || !waitEndsWhenSumeIsBack(record.error)) return record;
  return { ...record, nextAttemptAt: now, updatedAt: now };
}

/**
 * After a restart (or a lease that ran out), every upload still under way goes on at once from its
 * step, whatever it was doing: a PUT starts over (its bytes count from zero), a wait for a retry
 * ends now. Finished, failed and cancelled uploads are left as they are.
 */
export function recoverUpload(record: UploadRecord, now: number): UploadRecord {
  if (record.status !== 'active' && record.status !== 'waiting_retry') return record;
  if (record.status === 'active' && record.step !== 'put') return record;
  const { leaseUntil: _released, ...rest } = record;
  return {
    ...rest,
    ...(record.step === 'put' ? { bytesSent: 0 } : {}),
    ...(record.status === 'waiting_retry' ? { nextAttemptAt: now } : {}),
    updatedAt: now,
  };
}
