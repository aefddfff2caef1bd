/** The captures list as a pure model: which records show, counts per status, words for people. */
import { errorTitle } from '@/components/ErrorNotice';
import { capturePhase, type CapturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { captureLabel, captureName } from '@/lib/captures/capture-name';
import { t, tn, uiLocale } from '../../lib/i18n/t';

export type StatusFilter = 'all' | 'active' | 'done' | 'failed';

/** The status filter's choices, in the person's language (read when called, not at load). */
export function statusFilters(): readonly { value: StatusFilter; label: string }[] {
  return [
    { value: 'all', label: t('captureList_filterAll') },
    { value: 'active', label: t('captureList_filterActive') },
    { value: 'done', label: t('captureList_filterDone') },
    { value: 'failed', label: t('captureList_filterFailed') },
  ];
}

/** How a capture was made, by its source; getters, so each read is in the person's language. */
export const SOURCE_LABELS: Readonly<Record<CaptureRecord['source'], string>> = {
  get button() {
    return t('captureList_sourceButton');
  },
  get popup() {
    return t('captureList_sourcePopup');
  },
  get context_menu() {
    return t('captureList_sourceContextMenu');
  },
  get shortcut() {
    return t('captureList_sourceShortcut');
  },
  get side_panel() {
    return t('captureList_sourceSidePanel');
  },
  get batch() {
    return t('captureList_sourceBatch');
  },
};

/** A phase as a lowercase value: "TikTok video by @a: done", "Status: done" in the Markdown export. */
export function phaseWord(phase: CapturePhase): string {
  switch (phase) {
    case 'queued':
      return t('captureList_phaseQueued');
    case 'sending':
      return t('captureList_phaseSending');
    case 'analyzing':
      return t('captureList_phaseAnalyzing');
    case 'done':
      return t('captureList_phaseDone');
    case 'failed':
      return t('captureList_phaseFailed');
  }
}

export function statusGroup(phase: CapturePhase): Exclude<StatusFilter, 'all'> {
  return phase === 'done' || phase === 'failed' ? phase : 'active';
}

/** Every word of the query must appear in the URL, the creator, the caption or the result summary. */
export function matchesQuery(record: CaptureRecord, query: string, summary = ''): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = `${record.url}\n${captureLabel(record)}\n${summary}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

export interface FilteredCaptures {
  visible: CaptureRecord[];
  /** Per status, among the records the search matches. */
  counts: Record<StatusFilter, number>;
}

export function filterCaptures(
  records: readonly CaptureRecord[],
  { query, status }: { query: string; status: StatusFilter },
  summaries: ReadonlyMap<string, string> = new Map(),
): FilteredCaptures {
  const counts: Record<StatusFilter, number> = { all: 0, active: 0, done: 0, failed: 0 };
  const visible: CaptureRecord[] = [];
  for (const record of records) {
    if (!matchesQuery(record, query, summaries.get(record.id))) continue;
    const group = statusGroup(capturePhase(record));
    counts.all += 1;
    counts[group] += 1;
    if (status === 'all' || status === group) visible.push(record);
  }
  return { visible, counts };
}

export interface CaptureFailure {
  title: string;
  message: string;
  requestId?: string;
  code?: string;
}

function jobTitle(status: string | undefined): string {
  if (status === 'failed') return t('captureList_jobFailed');
  if (status === 'canceled') return t('captureList_jobCanceled');
  if (status === 'expired') return t('captureList_jobExpired');
  return t('captureList_failedTitle');
}

/** What went wrong with a failed capture: the delivery error, or the job's. */
export function captureFailure(record: CaptureRecord): CaptureFailure | null {
  if (capturePhase(record) !== 'failed') return null;
  if (record.status === 'failed' && record.error) {
    const { message, requestId, code } = record.error;
    return { title: errorTitle(record.error), message, code, ...(requestId ? { requestId } : {}) };
  }
  const job = record.job;
  const message = job?.error?.message ?? record.error?.message ?? t('captureList_noReason');
  const code = job?.error?.code ?? record.error?.code;
  return { title: jobTitle(job?.status), message, ...(code ? { code } : {}) };
}

/**
 * The background's retry re-sends a capture that failed before Sume accepted it (no new credits);
 * a job Sume accepted and then failed is analyzed again as a new capture (it spends credits).
 */
export function canRetry(record: CaptureRecord): boolean {
  return capturePhase(record) === 'failed';
}

/** Whether retrying starts a new analysis ("Analyze again", spends credits) rather than re-sending ("Retry"). */
export function retrySpendsCredits(record: CaptureRecord): boolean {
  return record.status !== 'failed';
}

/** "Retry" re-sends; "Analyze again" starts a new analysis and spends credits. */
export function retryLabel(record: CaptureRecord): string {
  return retrySpendsCredits(record) ? t('captureList_analyzeAgain') : t('captureList_retry');
}

/** Sentences for a screen reader when captures change phase ("TikTok video by @a: done"). */
export function phaseChanges(previous: ReadonlyMap<string, CapturePhase>, records: readonly CaptureRecord[]): string[] {
  const changes: string[] = [];
  for (const record of records) {
    const phase = capturePhase(record);
    const before = previous.get(record.id);
    if (before === phase) continue;
    const args = { name: captureLabel(record), phase: phaseWord(phase) };
    changes.push(before === undefined ? t('captureList_announceAdded', args) : t('captureList_announceChanged', args));
  }
  return changes.length > 3 ? [...changes.slice(0, 3), tn('captureList_announceMore', changes.length - 3)] : changes;
}

export type SortOrder = 'newest' | 'oldest' | 'creator' | 'status';

/** The sort menu's choices, in the person's language (read when called, not at load). */
export function sortOrders(): readonly { value: SortOrder; label: string }[] {
  return [
    { value: 'newest', label: t('captureList_sortNewest') },
    { value: 'oldest', label: t('captureList_sortOldest') },
    { value: 'creator', label: t('captureList_sortCreator') },
    { value: 'status', label: t('captureList_sortStatus') },
  ];
}

/** Failures first (they want a decision), then work in progress, then what is done. */
const STATUS_RANK: Record<CapturePhase, number> = { failed: 0, queued: 1, sending: 2, analyzing: 3, done: 4 };

/** A sorted copy; ties keep the newest first, so the order never jumps between renders. */
export function sortCaptures(records: readonly CaptureRecord[], order: SortOrder): CaptureRecord[] {
  const newestFirst = (a: CaptureRecord, b: CaptureRecord) => b.createdAt - a.createdAt;
  const locale = uiLocale();
  const by: Record<SortOrder, (a: CaptureRecord, b: CaptureRecord) => number> = {
    newest: newestFirst,
    oldest: (a, b) => a.createdAt - b.createdAt,
    creator: (a, b) => captureName(a).title.localeCompare(captureName(b).title, locale, { sensitivity: 'base' }) || newestFirst(a, b),
    status: (a, b) => STATUS_RANK[capturePhase(a)] - STATUS_RANK[capturePhase(b)] || newestFirst(a, b),
  };
  return [...records].sort(by[order]);
}
