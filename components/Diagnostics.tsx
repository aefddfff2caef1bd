import { useState } from 'preact/hooks';
import type { LogEvent } from '@/lib/diagnostics/event-log';

interface Props {
  /** Oldest first, as stored; undefined while loading. */
  events: readonly LogEvent[] | undefined;
  report: () => Promise<string>;
  clear: () => Promise<void>;
  onCopy?: (text: string) => Promise<void>;
}

/** How many of the latest events the page lists; the report carries all of them. */
const SHOWN = 20;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

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
        Problems Sume Capture runs into are kept here, on this computer only, with the request id Sume gave, so you can send them to support. Keys and upload
        links are never written down.
      </p>
      <div class="diagnostics__actions">
        <button type="button" class="sc-button" onClick={() => void copy()} disabled={events === undefined}>
          Copy report
        </button>
        <button
          type="button"
          class="sc-button sc-button--ghost"
          onClick={() => void clear().then(() => setStatus('idle'))}
          disabled={!events || events.length === 0}
        >
          Clear
        </button>
        <span role="status" class="sc-muted">
          {status === 'copied' ? 'Report copied. Paste it into your message to support.' : status === 'failed' ? 'Could not copy. Try again.' : ''}
        </span>
      </div>
      {events && events.length === 0 && <p class="sc-muted">Nothing has gone wrong lately.</p>}
      {latest.length > 0 && (
        <ol class="diagnostics__list" aria-label={`Latest ${latest.length} of ${events?.length ?? 0} events, newest first`}>
          {latest.map((event) => (
            <li key={`${event.at}-${event.message}`} class={`diagnostics__event diagnostics__event--${event.level}`}>
              <time dateTime={new Date(event.at).toISOString()}>{timeFormat.format(event.at)}</time>
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
