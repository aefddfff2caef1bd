import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseBaseUrl } from '../api/base-url';
import { formatReport, type LogEvent } from '../diagnostics/event-log';
import { diagnosticsLogItem } from '../storage/diagnostics-log';
import { readSettings } from '../storage';

/** The local diagnostics log, live, and the report "Copy report" hands over. */
export function useDiagnostics() {
  const [events, setEvents] = useState<LogEvent[] | undefined>(undefined);
  useEffect(() => {
    void diagnosticsLogItem.getValue().then(setEvents);
    return diagnosticsLogItem.watch((next) => setEvents(next ?? []));
  }, []);

  async function report(): Promise<string> {
    const settings = await readSettings();
    const parsed = parseBaseUrl(settings.baseUrl);
    return formatReport(events ?? [], {
      version: browser.runtime.getManifest().version,
      browser: import.meta.env.BROWSER === 'firefox' ? 'Firefox' : 'Chromium',
      // ui-literal: not user-facing (part of the support report, which stays in English)
      apiOrigin: parsed.ok ? parsed.origin : 'not set',
      now: Date.now(),
    });
  }

  return { events, report, clear: () => diagnosticsLogItem.setValue([]) };
}
