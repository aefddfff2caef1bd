/** The captures list as a pure model: which records show, counts per status, words for people. */
import { errorTitle } from '@/components/ErrorNotice';
import { capturePhase, type CapturePhase, type CaptureRecord } from '@/lib/captures/capture-record';
import { captureLabel, captureName } from '@/lib/captures/capture-name';

export type StatusFilter = 'all' | 'active' | 'done' | 'failed';

export const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'failed', label: 'Failed' },
];

export const SOURCE_LABELS: Record<CaptureRecord['source'], string> = {
  button: 'Sume button',
  popup: 'Popup',
  context_menu: 'Context menu',
  shortcut: 'Keyboard shortcut',
};

export const PHASE_LABELS: Record<CapturePhase, string> = {
  queued: 'Queued',
  sending: 'Sending',
  analyzing: 'Analyzing',
  done: 'Done',
  failed: 'Failed',
};

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

const JOB_TITLES: Record<string, string> = {
  failed: 'Sume could not analyze this video',
  canceled: 'The analysis was canceled',
  expired: 'The analysis expired',
};

/** What went wrong with a failed capture: the delivery error, or the job's. */
export function captureFailure(record: CaptureRecord): CaptureFailure | null {
  if (capturePhase(record) !== 'failed') return null;
  if (record.status === 'failed' && record.error) {
    const { message, requestId, code } = record.error;
    return { title: errorTitle(record.error), message, code, ...(requestId ? { requestId } : {}) };
  }
  const job = record.job;
  const message = job?.error?.message ?? record.error?.message ?? 'No reason was given.';
  const code = job?.error?.code ?? record.error?.code;
  return { title: JOB_TITLES[job?.status ?? ''] ?? 'That didn’t work', message, ...(code ? { code } : {}) };
}

/**
 * The background's retry re-sends a capture that failed before Sume accepted it (no new credits);
 * a job Sume accepted and then failed is analyzed again as a new capture (it spends credits).
 */
export function canRetry(record: CaptureRecord): boolean {
  return capturePhase(record) === 'failed';
}

/** "Retry" re-sends; "Analyze again" starts a new analysis and spends credits. */
export function retryLabel(record: CaptureRecord): 'Retry' | 'Analyze again' {
  return record.status === 'failed' ? 'Retry' : 'Analyze again';
}

/** Sentences for a screen reader when captures change phase ("TikTok video by @a: done"). */
export function phaseChanges(previous: ReadonlyMap<string, CapturePhase>, records: readonly CaptureRecord[]): string[] {
  const changes: string[] = [];
  for (const record of records) {
    const phase = capturePhase(record);
    const before = previous.get(record.id);
    if (before === phase) continue;
    const name = captureLabel(record);
    changes.push(before === undefined ? `${name} added: ${PHASE_LABELS[phase].toLowerCase()}` : `${name}: ${PHASE_LABELS[phase].toLowerCase()}`);
  }
  return changes.length > 3 ? [...changes.slice(0, 3), `and ${changes.length - 3} more changed`] : changes;
}

export type SortOrder = 'newest' | 'oldest' | 'creator' | 'status';

export const SORT_ORDERS: readonly { value: SortOrder; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'creator', label: 'Creator' },
  { value: 'status', label: 'Status' },
];

/** Failures first (they want a decision), then work in progress, then what is done. */
const STATUS_RANK: Record<CapturePhase, number> = { failed: 0, queued: 1, sending: 2, analyzing: 3, done: 4 };

/** A sorted copy; ties keep the newest first, so the order never jumps between renders. */
export function sortCaptures(records: readonly CaptureRecord[], order: SortOrder): CaptureRecord[] {
  const newestFirst = (a: CaptureRecord, b: CaptureRecord) => b.createdAt - a.createdAt;
  const by: Record<SortOrder, (a: CaptureRecord, b: CaptureRecord) => number> = {
    newest: newestFirst,
    oldest: (a, b) => a.createdAt - b.createdAt,
    creator: (a, b) => captureName(a).title.localeCompare(captureName(b).title, undefined, { sensitivity: 'base' }) || newestFirst(a, b),
    status: (a, b) => STATUS_RANK[capturePhase(a)] - STATUS_RANK[capturePhase(b)] || newestFirst(a, b),
  };
  return [...records].sort(by[order]);
}
