/**
 * The local diagnostics log as pure functions: bounded, redacted events that a person can hand
 * over ("Copy report" in Settings). What was sent, what failed with which request id, how long it
 * took — never keys, signed URLs or storage keys (every text goes through redact()).
 */
import { redact } from '../api/redact';

export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_AREAS = ['capture', 'upload', 'account', 'storage', 'page', 'confirmation', 'worker'] as const;
export type LogArea = (typeof LOG_AREAS)[number];

export interface LogEvent {
  at: number;
  level: LogLevel;
  area: LogArea;
  /** What happened, for people; redacted. */
  message: string;
  /** The error's code (`network_error`, `http_503`…) when there was one. */
  code?: string;
  requestId?: string;
  durationMs?: number;
  /** How many times in a row this same event happened (repeats are folded into one line). */
  count?: number;
}

/** Enough to see the last few days of trouble, small enough for storage.local. */
export const MAX_EVENTS = 300;
const MAX_MESSAGE = 300;

/** Appends `event` (redacted, bounded), folding it into the last one when it is the same again. */
export function appendEvent(events: readonly LogEvent[], event: LogEvent, max = MAX_EVENTS): LogEvent[] {
  const clean: LogEvent = { ...event, message: redact(event.message).slice(0, MAX_MESSAGE), ...(event.code ? { code: redact(event.code).slice(0, 80) } : {}) };
  const last = events.at(-1);
  if (
    last &&
    last.level === clean.level &&
    last.area === clean.area &&
    last.message === clean.message &&
    last.code === clean.code &&
    last.requestId === clean.requestId
  ) {
    return [...events.slice(0, -1), { ...last, at: clean.at, count: (last.count ?? 1) + 1 }];
  }
  const next = [...events, clean];
  return next.length > max ? next.slice(next.length - max) : next;
}

export interface ReportContext {
  version: string;
  browser: string;
  /** Where the API is: an origin, never a key. */
  apiOrigin: string;
  now: number;
}

/** The text "Copy report" puts on the clipboard: what a person can paste to support. */
export function formatReport(events: readonly LogEvent[], context: ReportContext): string {
  // ui-literal: not user-facing (a support report, kept in English so support reads every one alike)
  const lines = [
    `Sume Capture ${context.version} · ${context.browser} · API ${context.apiOrigin}`,
    `Report made ${new Date(context.now).toISOString()}; ${events.length} event${events.length === 1 ? '' : 's'}, oldest first.`,
    '',
    ...events.map((event) => {
      const extra = [
        event.code,
        event.requestId ? `request ${event.requestId}` : undefined,
        event.durationMs !== undefined ? `${Math.round(event.durationMs)} ms` : undefined,
        event.count && event.count > 1 ? `×${event.count}` : undefined,
      ].filter(Boolean);
      return `${new Date(event.at).toISOString()} ${event.level.toUpperCase().padEnd(5)} ${event.area.padEnd(12)} ${event.message}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    }),
  ];
  return redact(lines.join('\n'));
}
