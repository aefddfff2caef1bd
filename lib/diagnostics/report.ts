/**
 * Recording what went wrong (and a few things that went right) in the local diagnostics log, from
 * any extension context that may write storage: the background, the popup, the settings and
 * captures pages. One write at a time; a failure to record is the one thing not recorded.
 */
import { SumeApiError } from '../api/errors';
import { diagnosticsLogItem } from '../storage/diagnostics-log';
import { oneAtATime } from '../storage/one-at-a-time';
import { appendEvent, LOG_AREAS, LOG_LEVELS, type LogArea, type LogEvent } from './event-log';

const serial = oneAtATime();

export function report(event: Omit<LogEvent, 'at'> & { at?: number }): Promise<void> {
  return serial(async () => {
    const stored = await diagnosticsLogItem.getValue();
    const events = Array.isArray(stored) ? stored.filter(isLogEvent) : [];
    await diagnosticsLogItem.setValue(appendEvent(events, { ...event, at: event.at ?? Date.now() }));
  }).catch(() => undefined);
}

/** An error, with what was being done: its code, request id and message when Sume gave them. */
export function reportError(area: LogArea, doing: string, error: unknown): Promise<void> {
  if (error instanceof SumeApiError) {
    return report({
      level: 'error',
      area,
      message: `${doing}: ${error.message}`,
      code: error.code,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    });
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return report({ level: 'error', area, message: `${doing}: ${message}`, code: 'unexpected' });
}

/** For `promise.catch(reported('upload', 'Clearing the upload’s bytes'))`: recorded, then let go. */
export const reported =
  (area: LogArea, doing: string) =>
  (error: unknown): void =>
    void reportError(area, doing, error);

function isLogEvent(value: unknown): value is LogEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Partial<LogEvent>;
  return (
    typeof event.at === 'number' &&
    typeof event.message === 'string' &&
    (LOG_LEVELS as readonly unknown[]).includes(event.level) &&
    (LOG_AREAS as readonly unknown[]).includes(event.area)
  );
}
