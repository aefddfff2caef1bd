import type { UploadRecord } from '@/lib/uploads/upload-record';

export const NOW = 1_700_000_000_000;
export const MB = 1024 * 1024;

/** An upload of a 50 MB video, in whatever state a test needs. */
export function upload(change: Partial<UploadRecord> = {}): UploadRecord {
  return {
    id: 'u1',
    filename: 'holiday.mp4',
    contentType: 'video/mp4',
    sizeBytes: 50 * MB,
    source: 'file',
    meta: {},
    step: 'put',
    status: 'active',
    presignKey: 'p1',
    finalizeKey: 'f1',
    presigns: 0,
    bytesSent: 0,
    attempts: 0,
    createdAt: NOW - 60_000,
    updatedAt: NOW,
    ...change,
  };
}
