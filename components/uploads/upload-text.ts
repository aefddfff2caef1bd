/** What an upload row says, as pure functions of the record, its measured progress and the clock. */
import { isTerminal } from '@/lib/jobs/job-tracker';
import { t } from '@/lib/i18n/t';
import type { UploadRecord, UploadSource } from '@/lib/uploads/upload-record';
import type { UploadProgress } from '@/lib/ui/use-uploads';
import { formatBytes } from '@/lib/uploads/upload-machine';

export function sourceLabel(source: UploadSource): string {
  switch (source) {
    case 'file':
      return t('uploads_sourceFile');
    case 'screenshot':
      return t('uploads_sourceScreenshot');
    case 'frame':
      return t('uploads_sourceFrame');
    case 'image':
      return t('uploads_sourceImage');
    case 'video':
      return t('uploads_sourceVideo');
    case 'moment':
      return t('moments_source');
  }
}

/** 5 → "5 s", 125 → "2 min", 4000 → "1 h 7 min". Rounded up: a countdown should not hit 0 early. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 90) return t('uploads_durationSeconds', { seconds: s });
  const minutes = Math.round(s / 60);
  if (minutes < 60) return t('uploads_durationMinutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t('uploads_durationHoursMinutes', { hours, minutes: rest }) : t('uploads_durationHours', { hours });
}

export const formatSpeed = (bytesPerSecond: number) => t('uploads_speed', { size: formatBytes(bytesPerSecond) });

/** "12 MB of 50 MB, 8.1 MB/s, 5 s left", leaving out what is not known yet. */
export function progressText(record: Pick<UploadRecord, 'bytesSent' | 'sizeBytes'>, progress: UploadProgress | undefined): string {
  const sent = formatBytes(record.bytesSent);
  const total = formatBytes(record.sizeBytes);
  const speed = progress?.speed != null && progress.speed > 0 ? formatSpeed(progress.speed) : null;
  const left = progress?.secondsLeft != null ? formatDuration(progress.secondsLeft) : null;
  if (speed !== null && left !== null) return t('uploads_progressSpeedLeft', { sent, total, speed, left });
  if (speed !== null) return t('uploads_progressSpeed', { sent, total, speed });
  if (left !== null) return t('uploads_progressLeft', { sent, total, left });
  return t('uploads_progress', { sent, total });
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
      return { text: t('uploads_stepDone'), tone: 'ok' };
    case 'canceled':
      return { text: t('uploads_stepCanceled'), tone: 'off' };
    case 'failed':
      return { text: record.error?.message ? t('uploads_stepFailed', { reason: record.error.message }) : t('uploads_stepFailedUnknown'), tone: 'failed' };
    case 'waiting_retry': {
      const wait = ((record.nextAttemptAt ?? now) - now) / 1000;
      return { text: wait > 0 ? t('uploads_stepWaitingRetry', { time: formatDuration(wait) }) : t('uploads_stepRetrying'), tone: 'warn' };
    }
    case 'active':
      if (record.step === 'presign') return queued ? { text: t('uploads_stepQueued'), tone: 'queued' } : { text: t('uploads_stepPreparing'), tone: 'busy' };
      if (record.step === 'put') return { text: t('uploads_stepUploading'), tone: 'busy' };
      return { text: t('uploads_stepFinishing'), tone: 'busy' };
  }
}

/** After the asset exists, Sume processes it (until then it may not show up in searches). */
export function ingestText(record: UploadRecord): { text: string; tone: RowTone } | null {
  const job = record.ingest;
  if (record.status !== 'done' || !job) return null;
  if (!isTerminal(job.status)) return { text: t('uploads_ingestRunning'), tone: 'busy' };
  if (job.status === 'completed') return null;
  return { text: job.error?.message ? t('uploads_ingestFailed', { reason: job.error.message }) : t('uploads_ingestFailedUnknown'), tone: 'failed' };
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
/** Retry for a failed upload; Resume for a cancelled one (its bytes were kept). */
export const canRetry = (record: UploadRecord) => record.status === 'failed' || record.status === 'canceled';
export const canRemove = (record: UploadRecord) => record.status === 'done' || record.status === 'failed' || record.status === 'canceled';
