/** What an upload row says, as pure functions of the record, its measured progress and the clock. */
import { isTerminal } from '@/lib/jobs/job-tracker';
import { formatBytes } from '@/lib/uploads/upload-machine';
import type { UploadRecord, UploadSource } from '@/lib/uploads/upload-record';
import type { UploadProgress } from '@/lib/ui/use-uploads';

export const SOURCE_LABELS: Record<UploadSource, string> = {
  file: 'File',
  screenshot: 'Screenshot',
  frame: 'Video frame',
  image: 'Image',
  video: 'Video',
};

/** 5 → "5 s", 125 → "2 min", 4000 → "1 h 7 min". Rounded up: a countdown should not hit 0 early. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 90) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

export const formatSpeed = (bytesPerSecond: number) => `${formatBytes(bytesPerSecond)}/s`;

/** "12 MB of 50 MB, 8.1 MB/s, 5 s left", leaving out what is not known yet. */
export function progressText(record: Pick<UploadRecord, 'bytesSent' | 'sizeBytes'>, progress: UploadProgress | undefined): string {
  const parts = [`${formatBytes(record.bytesSent)} of ${formatBytes(record.sizeBytes)}`];
  if (progress?.speed != null && progress.speed > 0) parts.push(formatSpeed(progress.speed));
  if (progress?.secondsLeft != null) parts.push(`${formatDuration(progress.secondsLeft)} left`);
  return parts.join(', ');
}

export type RowTone = 'queued' | 'busy' | 'ok' | 'warn' | 'failed' | 'off';

/**
 * The uploads waiting their turn. The background moves one upload at a time, oldest first
 * (lib/background/upload-driver.ts), so one still to ask for its upload link waits while an older
 * one is under way; an older one waiting out a retry holds nothing up (the background goes past it).
 */
export function queuedUploads(records: readonly UploadRecord[]): Set<string> {
  const queued = new Set<string>();
  let oneAhead = false;
  for (const record of [...records].sort((a, b) => a.createdAt - b.createdAt)) {
    if (record.status !== 'active') continue;
    if (record.step === 'presign' && oneAhead) queued.add(record.id);
    oneAhead = true;
  }
  return queued;
}

/**
 * The step a person reads: where the upload is, or why it stopped. `queued`: another upload goes
 * first (queuedUploads), so nothing has happened to this one yet.
 */
export function stepText(record: UploadRecord, now: number, queued = false): { text: string; tone: RowTone } {
  switch (record.status) {
    case 'done':
      return { text: 'Added to your Asset Library', tone: 'ok' };
    case 'canceled':
      return { text: 'Canceled', tone: 'off' };
    case 'failed':
      return { text: `Failed: ${record.error?.message ?? 'the upload stopped.'}`, tone: 'failed' };
    case 'waiting_retry': {
      const wait = ((record.nextAttemptAt ?? now) - now) / 1000;
      return { text: wait > 0 ? `Waiting to retry (in ${formatDuration(wait)})` : 'Retrying…', tone: 'warn' };
    }
    case 'active':
      if (record.step === 'presign') return queued ? { text: 'Waiting to upload', tone: 'queued' } : { text: 'Preparing…', tone: 'busy' };
      if (record.step === 'put') return { text: 'Uploading', tone: 'busy' };
      return { text: 'Finishing…', tone: 'busy' };
  }
}

/** After the asset exists, Sume processes it (until then it may not show up in searches). */
export function ingestText(record: UploadRecord): { text: string; tone: RowTone } | null {
  const job = record.ingest;
  if (record.status !== 'done' || !job) return null;
  if (!isTerminal(job.status)) return { text: 'Sume is processing it…', tone: 'busy' };
  if (job.status === 'completed') return null;
  return { text: `Sume could not process it${job.error?.message ? `: ${job.error.message}` : '.'}`, tone: 'failed' };
}

/**
 * The bar's value: always one. An indeterminate <progress> is drawn full by Firefox, as if the
 * upload were done; while preparing no byte has moved, and the bar says so (0).
 */
export function barValue(record: UploadRecord): number {
  if (record.step === 'presign') return 0;
  if (record.step === 'finalize' || record.step === 'done') return record.sizeBytes;
  return record.bytesSent;
}

/** What the progress bar says to a screen reader. */
export function barText(record: UploadRecord, progress: UploadProgress | undefined, now: number): string {
  if (record.status === 'active' && record.step === 'put') return progressText(record, progress);
  return stepText(record, now).text;
}

export const canCancel = (record: UploadRecord) => record.status === 'active' || record.status === 'waiting_retry';
export const canRetry = (record: UploadRecord) => record.status === 'failed';
export const canRemove = (record: UploadRecord) => record.status === 'done' || record.status === 'failed' || record.status === 'canceled';
