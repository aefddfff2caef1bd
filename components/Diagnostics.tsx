import { useState } from 'preact/hooks';
import type { LogEvent } from '@/lib/diagnostics/event-log';
import { t, tn, uiLocale } from '@/lib/i18n/t';

interface Props {
  /** Oldest first, as stored; undefined while loading. */
  events: readonly LogEvent[] | undefined;
  report: () => Promise<string>;
  clear: () => Promise<void>;
  onCopy?: (text: string) => Promise<void>;
}

/** How many of the latest events the page lists; the report carries all of them. */
const SHOWN = 20;
let timeFormat: Intl.DateTimeFormat | undefined;
/** When an event happened, the person's way. */
function formatTime(at: number): string {
  timeFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
  return timeFormat.format(at);
}

/**
 * Settings → Diagnostics: what went wrong lately, with Sume's request ids, and a report a person
 * can paste to support. Nothing in it is secret: every line was redacted when it was written.
 */
export function Diagnostics({ events, report, clear, onCopy = (text) => navigator.clipboard.writeText(text) }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const latest = (events ?? []).slice(-SHOWN).reverse();
  const copy = async () => {
    try {
      await onCopy(await report());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div class="diagnostics">
      <p class="sc-muted" style={{ marginTop: 0 }}>
        {t('settings_diagnosticsHelp')}
      </p>
      <div class="diagnostics__actions">
        <button type="button" class="sc-button" onClick={() => void copy()} disabled={events === undefined}>
          {t('settings_copyReport')}
        </button>
        <button
          type="button"
          class="sc-button sc-button--ghost"
          onClick={() => void clear().then(() => setStatus('idle'))}
          disabled={!events || events.length === 0}
        >
          {t('settings_clear')}
        </button>
        <span role="status" class="sc-muted">
          {status === 'copied' ? t('settings_reportCopied') : status === 'failed' ? t('settings_copyFailed') : ''}
        </span>
      </div>
      {events && events.length === 0 && <p class="sc-muted">{t('settings_nothingWrong')}</p>}
      {latest.length > 0 && (
        <ol class="diagnostics__list" aria-label={tn('settings_latestEvents', events?.length ?? 0, { shown: latest.length })}>
          {latest.map((event) => (
            <li key={`${event.at}-${event.message}`} class={`diagnostics__event diagnostics__event--${event.level}`}>
              <time dateTime={new Date(event.at).toISOString()}>{formatTime(event.at)}</time>
              <span class="diagnostics__message">
                {event.message}
                {event.count && event.count > 1 ? ` (×${event.count})` : ''}
              </span>
              {event.requestId && <code class="diagnostics__request">{event.requestId}</code>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
