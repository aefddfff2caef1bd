/** Capture records for the tests beside this file. */
import type { CaptureRecord } from '@/lib/captures/capture-record';

export function captureRecord(overrides: Partial<CaptureRecord> & Pick<CaptureRecord, 'id'>): CaptureRecord {
  return {
    url: `https://www.tiktok.com/@maker/video/${overrides.id.replace(/\D/g, '') || '1'}`,
    source: 'button',
    idempotencyKey: `key-${overrides.id}`,
    status: 'pending',
    attempts: 0,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

const job = (status: 'running' | 'completed' | 'failed', extra: object = {}) => ({ id: 'job_1', status, since: 0, polls: 1, nextPollAt: 0, ...extra });

/** One capture in each phase, newest first. */
// ui-literal: not user-facing — sample records for unit tests only (imported by *.test.ts(x) files alone).
export const SAMPLE_RECORDS: CaptureRecord[] = [
  captureRecord({ id: 'c1', url: 'https://www.tiktok.com/@baker/video/111', status: 'delivered', job: job('completed'), hasResult: true }),
  captureRecord({ id: 'c2', url: 'https://www.instagram.com/reel/ABC/', source: 'popup', status: 'delivered', job: job('running') }),
  captureRecord({ id: 'c3', url: 'https://www.tiktok.com/@gym/video/333', status: 'pending' }),
  captureRecord({
    id: 'c4',
    url: 'https://www.tiktok.com/@gym/video/444',
    source: 'context_menu',
    status: 'failed',
    error: { kind: 'http', status: 422, code: 'unsupported_url', message: 'This video is private.', requestId: 'req_abc123' },
  }),
  captureRecord({
    id: 'c5',
    url: 'https://www.instagram.com/p/XYZ/',
    status: 'delivered',
    job: job('failed', { error: { code: 'video_unavailable', message: 'The video was deleted.' } }),
  }),
];
