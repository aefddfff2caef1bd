/** What an upload row says, as pure functions of the record, its measured progress and the clock. */
import { isTerminal } from '@/lib/jobs/job-tracker';
import { t, uiLocale } from '@/lib/i18n/t';
import type { UploadRecord, UploadSource } from '@/lib/uploads/upload-record';
import type { UploadProgress } from '@/lib/ui/use-uploads';

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
  }
}

const sizeNumbers = new Map<string, Intl.NumberFormat>();
/** `value` with exactly `digits` decimals, the person's way ("8.1", "8,1"); no grouping, as before. */
function sizeNumber(value: number, digits: number): string {
  const locale = uiLocale();
  const key = `${locale}:${digits}`;
  const format = sizeNumbers.get(key) ?? new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  sizeNumbers.set(key, format);
  return format.format(value);
}

/** 900 → "900 B", 13_107_200 → "13 MB", 2_097_152 → "2.0 MB": 1024 to a unit, one decimal below 10. */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < 4) {
    value /= 1024;
    unit++;
  }
  const size = sizeNumber(value, value >= 10 || unit === 0 ? 0 : 1);
  switch (unit) {
    case 0:
      return t('uploads_sizeBytes', { size });
    case 1:
      return t('uploads_sizeKilobytes', { size });
    case 2:
      return t('uploads_sizeMegabytes', { size });
    case 3:
      return t('uploads_sizeGigabytes', { size });
    default:
      return t('uploads_sizeTerabytes', { size });
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

export const formatSpeed = (bytesPerSecond: number) => t('uploads_speed', { size: formatSize(bytesPerSecond) });

/** "12 MB of 50 MB, 8.1 MB/s, 5 s left", leaving out what is not known yet. */
export function progressText(record: Pick<UploadRecord, 'bytesSent' | 'sizeBytes'>, progress: UploadProgress | undefined): string {
  const sent = formatSize(record.bytesSent);
  const total = formatSize(record.sizeBytes);
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
