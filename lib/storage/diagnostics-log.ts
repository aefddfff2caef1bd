import { storage } from 'wxt/utils/storage';
import type { LogEvent } from '../diagnostics/event-log';

/** The local diagnostics log (lib/diagnostics): bounded and redacted when written. */
export const diagnosticsLogItem = storage.defineItem<LogEvent[]>('local:diagnostics', { fallback: [], version: 1 });
