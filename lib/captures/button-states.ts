/**
 * What each reel's in-page button shows, derived from the capture records alone: there is no second
 * stored copy to fall behind. The latest capture of a reel decides; a reel with none is `ready`.
 */
import type { CaptureState, CaptureStates } from '../in-page/capture-state';
import { referenceKey } from '../platforms/reference-key';
import { capturePhase, type CaptureRecord } from './capture-record';

export function captureStateOf(record: CaptureRecord): CaptureState {
  const phase = capturePhase(record);
  const message = record.error?.message ?? record.job?.error?.message;
  return {
    status: phase,
    captureId: record.id,
    updatedAt: record.updatedAt,
    ...(phase === 'failed' && message ? { message } : {}),
    // Sume never took it (retrying is its first charge), or it was analyzed and failed (again).
    ...(phase === 'failed' ? { retry: record.status === 'failed' ? ('first' as const) : ('again' as const) } : {}),
  };
}

/** The latest capture of each reel, by its reference key (one video, whatever handle its link had). */
export function latestByReference(records: Iterable<CaptureRecord>): Map<string, CaptureRecord> {
  const latest = new Map<string, CaptureRecord>();
  for (const record of records) {
    const key = referenceKey(record.url);
    const current = latest.get(key);
    if (!current || record.createdAt > current.createdAt) latest.set(key, record);
  }
  return latest;
}

/** The states of `urls`, under the URLs asked for: null for a reel with no capture (its button is `ready`). */
export function statesFor(records: Iterable<CaptureRecord>, urls: Iterable<string>): CaptureStates {
  const latest = latestByReference(records);
  const out: CaptureStates = {};
  for (const url of urls) {
    const record = latest.get(referenceKey(url));
    out[url] = record ? captureStateOf(record) : null;
  }
  return out;
}

/** The reels whose records changed between two stored versions of the list (added, removed, changed). */
export function changedUrls(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  const urls = new Set<string>();
  const urlOf = (value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string' ? (value as { url: string }).url : null;
  for (const id of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    const was = before?.[id];
    const is = after?.[id];
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    for (const url of [urlOf(was), urlOf(is)]) if (url) urls.add(url);
  }
  return [...urls];
}
