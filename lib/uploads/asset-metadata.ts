/**
 * The `metadata` an upload sends with `POST /assets`: where it came from, so the Asset Library can
 * tell a capture from a file. A moment carries its place in the video as `timecode_seconds` and
 * its note as `note` ([A] fields, lib/api/endpoints.ts): a frame keeps its older
 * `video_time_seconds`, which assets already in Sume carry.
 */
import type { UploadRecord } from './upload-record';

export function assetMetadata(record: Pick<UploadRecord, 'source' | 'meta'>): Record<string, unknown> {
  const { meta } = record;
  const moment = record.source === 'moment';
  const time = meta.videoTimeSeconds;
  return {
    capture_source: record.source,
    ...(meta.platform ? { platform: meta.platform } : {}),
    ...(meta.pageUrl ? { page_url: meta.pageUrl } : {}),
    ...(meta.reelUrl ? { reel_url: meta.reelUrl } : {}),
    ...(time !== undefined ? (moment ? { timecode_seconds: time } : { video_time_seconds: time }) : {}),
    ...(moment && meta.note ? { note: meta.note } : {}),
  };
}
