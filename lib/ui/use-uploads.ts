/**
 * Uploads into the Asset Library, for the popup and the captures page: the live list (re-read
 * whenever any context announces a change), each upload's speed and time left, and the actions.
 * Chosen files are kept in IndexedDB before the background hears of them, so the popup may close
 * the moment `addFiles` resolves and the uploads go on without it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SerializedSumeError } from '../api/errors';
import { sendMessage, type UploadRequestItem, type UploadsStarted } from '../messaging';
import { deleteBlob, putBlob } from '../uploads/blob-store';
import { validateFile } from '../uploads/upload-machine';
import type { UploadRecord } from '../uploads/upload-record';
import { listUploads, watchUploads } from '../uploads/upload-store';
import { reported } from '../diagnostics/report';
import { t } from '../i18n/t';

/** The bytes an upload had sent at a moment (`at` is the record's `updatedAt`). */
export interface ProgressSample {
  at: number;
  bytes: number;
}

/** Speed is averaged over this much recent progress: steady, yet quick to follow a real change. */
export const SPEED_WINDOW_MS = 5_000;
/** Less progress history than this tells nothing reliable about speed. */
const MIN_SPAN_MS = 750;

/** Adds a sample; keeps one sample at or before the window's start so the window is covered. */
export function addSample(samples: readonly ProgressSample[], sample: ProgressSample, windowMs = SPEED_WINDOW_MS): ProgressSample[] {
  const last = samples[samples.length - 1];
  if (last && sample.at <= last.at) return [...samples];
  // Fewer bytes than before: the PUT started over (new signed URL, or a retry).
  if (last && sample.bytes < last.bytes) return [sample];
  const next = [...samples, sample];
  while (next.length > 2 && next[1]!.at <= sample.at - windowMs) next.shift();
  return next;
}

/**
 * Bytes per second over the window, measured up to `now` so a stall slows the figure down, or
 * null when there is too little history or no progress for a whole window.
 */
export function speedOf(samples: readonly ProgressSample[], now: number, windowMs = SPEED_WINDOW_MS): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || now - last.at > windowMs) return null;
  const span = Math.max(now, last.at) - first.at;
  if (last.at - first.at < MIN_SPAN_MS) return null;
  return ((last.bytes - first.bytes) * 1000) / span;
}

export function secondsLeft(remainingBytes: number, speed: number | null): number | null {
  if (speed === null || speed <= 0) return null;
  return Math.ceil(Math.max(0, remainingBytes) / speed);
}

export interface UploadProgress {
  speed: number | null;
  secondsLeft: number | null;
}

/** What became of files or a capture handed to the uploader. */
export interface AddOutcome {
  /** How many uploads started. */
  started: number;
  /** Their ids, when known: what the "uploading…" notice follows until they have all settled. */
  ids?: string[];
  /** Files refused, each with a reason the user can act on. */
  rejected: { filename: string; reason: string }[];
  /** Nothing could start (no API key, background unreachable…). */
  error?: SerializedSumeError;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A stopped background never settles a message: give up after a while and say so. `answered` is
 * false then: the background may still have taken the items.
 */
async function answer(pending: Promise<UploadsStarted>, timeoutMs: number): Promise<AddOutcome & { answered: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('core_backgroundNoAnswer'))), timeoutMs);
  });
  try {
    const answered = await Promise.race([pending, timeout]);
    if (!answered.ok) return { answered: true, started: 0, rejected: [], error: answered.error };
    return { answered: true, started: answered.ids.length, ids: answered.ids, rejected: answered.rejected };
  } catch (error) {
    const message = t('core_uploadsNoAnswer', { reason: reasonOf(error) });
    return { answered: false, started: 0, rejected: [], error: { kind: 'network', code: 'extension_error', message } };
  } finally {
    clearTimeout(timer);
  }
}

/** What the background answered to a capture it was asked for, or why it did not answer in time. */
export async function ask(pending: Promise<UploadsStarted>, timeoutMs: number): Promise<AddOutcome> {
  const { answered: _, ...outcome } = await answer(pending, timeoutMs);
  return outcome;
}

/** Bytes no upload will use (the background deletes those it refuses itself). */
const discard = (items: readonly UploadRequestItem[]) =>
  Promise.all(items.map((item) => deleteBlob(item.blobId).catch(reported('upload', 'Clearing a file that was not added'))));

const START_TIMEOUT_MS = 20_000;
/** The background takes at most this many items per message, names up to this long. */
const MAX_ITEMS_PER_MESSAGE = 100;
const MAX_FILENAME = 255;
/** A capture waits for the tab, the content script and possibly a crop. */
export const CAPTURE_TIMEOUT_MS = 30_000;
const ACTION_TIMEOUT_MS = 10_000;

/** Long names keep their extension. */
function fitName(name: string): string {
  if (name.length <= MAX_FILENAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILENAME - extension.length) + extension;
}

/**
 * Checks every file, keeps the good ones in IndexedDB (the browser stores a File without this
 * page reading it), then asks the background once to upload them all (once per 100 files).
 */
export async function addFiles(files: readonly File[], maxBytes?: number): Promise<AddOutcome> {
  const rejected: AddOutcome['rejected'] = [];
  const items: UploadRequestItem[] = [];
  for (const file of files) {
    const invalid = validateFile(file, maxBytes);
    if (invalid) {
      rejected.push({ filename: file.name, reason: invalid });
      continue;
    }
    const blobId = crypto.randomUUID();
    try {
      await putBlob(blobId, file);
    } catch (error) {
      rejected.push({ filename: file.name, reason: t('core_fileNotSaved', { name: file.name, reason: reasonOf(error) }) });
      continue;
    }
    items.push({ blobId, filename: fitName(file.name), contentType: file.type, sizeBytes: file.size, source: 'file', meta: {} });
  }
  const outcome: AddOutcome = { started: 0, ids: [], rejected };
  for (let from = 0; from < items.length; from += MAX_ITEMS_PER_MESSAGE) {
    const sent = items.slice(from, from + MAX_ITEMS_PER_MESSAGE);
    const batch = await answer(sendMessage('startUploads', { items: sent }), START_TIMEOUT_MS);
    outcome.started += batch.started;
    outcome.ids?.push(...(batch.ids ?? []));
    outcome.rejected.push(...batch.rejected);
    if (batch.error) {
      // A clear "no" leaves this batch's bytes unused; after silence they may still be in use.
      await discard(batch.answered ? items.slice(from) : items.slice(from + sent.length));
      return { ...outcome, error: batch.error };
    }
  }
  return outcome;
}

export const captureScreenshot = (crop: 'page' | 'video') => ask(sendMessage('captureScreenshot', { crop }), CAPTURE_TIMEOUT_MS);
export const captureFrame = () => ask(sendMessage('captureFrame'), CAPTURE_TIMEOUT_MS);

async function act(pending: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('core_backgroundNoAnswer'))), ACTION_TIMEOUT_MS);
  });
  await Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}
const cancel = (id: string) => act(sendMessage('cancelUpload', { id }));
const retry = (id: string) => act(sendMessage('retryUpload', { id }));
const remove = (id: string) => act(sendMessage('removeUpload', { id }));

export const moving = (record: UploadRecord) => record.status === 'active' || record.status === 'waiting_retry';

/** The clock, ticking each second only while something moves (countdowns, stalls). */
function useTick(enabled: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [enabled]);
  return now;
}

export function useUploads() {
  const [records, setRecords] = useState<UploadRecord[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const samples = useRef(new Map<string, ProgressSample[]>());

  useEffect(() => {
    let live = true;
    let loading = false;
    let again = false;
    // Progress arrives several times a second: one read at a time, and one more if it changed meanwhile.
    const load = async () => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      do {
        again = false;
        try {
          const list = await listUploads();
          if (!live) return;
          const next = new Map<string, ProgressSample[]>();
          for (const record of list) {
            if (record.status !== 'active' || record.step !== 'put') continue;
            next.set(record.id, addSample(samples.current.get(record.id) ?? [], { at: record.updatedAt, bytes: record.bytesSent }));
          }
          samples.current = next;
          setRecords(list);
          setFailure(null);
        } catch (error) {
          if (live) setFailure(reasonOf(error));
        }
      } while (again && live);
      loading = false;
    };
    void load();
    const unwatch = watchUploads(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const now = useTick(records?.some(moving) ?? false);
  const progress = useMemo(() => {
    // `now` only re-runs this each second; the records may be newer than that tick.
    const at = Math.max(now, Date.now());
    const map = new Map<string, UploadProgress>();
    for (const record of records ?? []) {
      const history = samples.current.get(record.id);
      if (!history) continue;
      const speed = speedOf(history, at);
      map.set(record.id, { speed, secondsLeft: secondsLeft(record.sizeBytes - record.bytesSent, speed) });
    }
    return map;
  }, [records, now]);

  const add = useCallback((files: File[]) => addFiles(files), []);
  return { records, failure, now, progress, addFiles: add, captureScreenshot, captureFrame, cancel, retry, remove };
}

/** What the popup's and the side panel's "Add to Asset Library" card takes from `useUploads`. */
export function libraryCardProps(uploads: ReturnType<typeof useUploads>) {
  return {
    records: uploads.records,
    progress: uploads.progress,
    now: uploads.now,
    onFiles: uploads.addFiles,
    onScreenshot: uploads.captureScreenshot,
    onFrame: uploads.captureFrame,
    onCancel: uploads.cancel,
    onRetry: uploads.retry,
    onRemove: uploads.remove,
  };
}
