/**
 * Moments: a frame of a reel kept with its timecode and a note, uploaded like any frame (source
 * `moment`). A moment belongs to a reel, so one without a reel is refused before anything is
 * stored; listed, moments are grouped by their reel's referenceKey (one video, however its link
 * reads) and ordered by where in the video they were taken. Pure: the background and the pages
 * use it.
 */
import { parseReferenceUrl } from '../platforms';
import { referenceKey } from '../platforms/reference-key';
import { cleanNote } from './moment-note';
import type { UploadMeta, UploadRecord } from './upload-record';

/** A moment as the lists show it. */
export interface Moment {
  id: string;
  reelUrl: string;
  seconds: number;
  note?: string;
  creator?: string;
  /** A small JPEG of the frame (data URL), when one was made. */
  thumbnail?: string;
  /** The asset's page in Sume, once it exists there and Sume says where. */
  assetUrl?: string;
  status: UploadRecord['status'];
  createdAt: number;
}

/**
 * The meta of a new moment, or null when it belongs to no reel: the reel the page names (its
 * content script's canonical URL), else the tab's own address when that is a reel's page.
 */
export function momentMeta(frameMeta: UploadMeta, tabUrl: string | undefined, note: string | undefined): UploadMeta | null {
  const fromTab = tabUrl ? parseReferenceUrl(tabUrl) : null;
  const reelUrl = frameMeta.reelUrl ?? (fromTab?.ok ? fromTab.canonicalUrl : undefined);
  if (!reelUrl) return null;
  const cleaned = cleanNote(note);
  return { ...frameMeta, reelUrl, videoTimeSeconds: frameMeta.videoTimeSeconds ?? 0, ...(cleaned ? { note: cleaned } : {}) };
}

export function momentOf(record: UploadRecord): Moment | null {
  const { meta } = record;
  if (record.source !== 'moment' || !meta.reelUrl) return null;
  return {
    id: record.id,
    reelUrl: meta.reelUrl,
    seconds: meta.videoTimeSeconds ?? 0,
    status: record.status,
    createdAt: record.createdAt,
    ...(meta.note ? { note: meta.note } : {}),
    ...(meta.creator ? { creator: meta.creator } : {}),
    ...(record.thumbnail ? { thumbnail: record.thumbnail } : {}),
    ...(record.assetUrl ? { assetUrl: record.assetUrl } : {}),
  };
}

const byTime = (a: Moment, b: Moment) => a.seconds - b.seconds || a.createdAt - b.createdAt;

/** Every reel's moments, keyed by referenceKey, each list in video order; reels newest-moment first. */
export function momentsByReel(records: readonly UploadRecord[]): Map<string, Moment[]> {
  const groups = new Map<string, Moment[]>();
  for (const record of records) {
    const moment = momentOf(record);
    if (!moment) continue;
    const key = referenceKey(moment.reelUrl);
    groups.set(key, [...(groups.get(key) ?? []), moment]);
  }
  const newest = (moments: Moment[]) => Math.max(...moments.map((moment) => moment.createdAt));
  return new Map([...groups].map(([key, moments]) => [key, moments.sort(byTime)] as const).sort(([, a], [, b]) => newest(b) - newest(a)));
}

/** The moments of one reel, however its link reads. */
export function momentsOfReel(records: readonly UploadRecord[], reelUrl: string): Moment[] {
  return momentsByReel(records).get(referenceKey(reelUrl)) ?? [];
}
