/**
 * The captures page's data: the list (live: re-read whenever `local:captures` changes), one
 * result at a time, summaries for search, the outbox pause, and the capture named in the URL hash.
 * Everything from the background is validated here; a silent background becomes an error.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { captureRecordSchema, type CaptureRecord } from '../captures/capture-record';
import { capturesItem, outboxPauseItem, storedResultSchema } from '../captures/capture-store';
import { sendMessage } from '../messaging';
import { reportError } from '../diagnostics/report';
import { t } from '../i18n/t';

const ANSWER_TIMEOUT_MS = 10_000;

/** A dropped or stopped background never settles a message: give up after a while. */
function answerWithin<T>(pending: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(t('core_backgroundNoAnswer'))), ANSWER_TIMEOUT_MS);
    pending.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A record that fails validation is left out rather than breaking the list. */
const recordsSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = captureRecordSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);
const pauseSchema = z.enum(['unauthorized', 'forbidden', 'insufficient_credits']).nullable().catch(null);
export type OutboxPause = z.infer<typeof pauseSchema>;

export async function fetchResult(captureId: string) {
  return storedResultSchema.nullable().parse(await answerWithin(sendMessage('getCaptureResult', { captureId })));
}

export function useCaptures() {
  const [records, setRecords] = useState<CaptureRecord[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pause, setPause] = useState<OutboxPause>(null);
  // Storage changes come in bursts: only the latest answer may land.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const list = recordsSchema.parse(await answerWithin(sendMessage('listCaptures')));
      if (ticket !== latest.current) return;
      setRecords(list);
      setFailure(null);
    } catch (error) {
      if (ticket === latest.current) setFailure(reason(error));
    }
  }, []);

  useEffect(() => {
    void load();
    const readPause = (value: unknown) => setPause(pauseSchema.parse(value));
    void outboxPauseItem.getValue().then(readPause, () => undefined);
    const unwatch = [capturesItem.watch(() => void load()), outboxPauseItem.watch(readPause)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [load]);

  const retry = useCallback((captureId: string) => answerWithin(sendMessage('retryCapture', { captureId })), []);
  const remove = useCallback(
    async (captureId: string) => {
      await answerWithin(sendMessage('removeCapture', { captureId }));
      await load();
    },
    [load],
  );
  /** Fetches a result that could not be kept; resolves with what went wrong, or null. */
  const downloadResult = useCallback(
    async (captureId: string): Promise<string | null> => {
      try {
        const answer = await answerWithin(sendMessage('downloadResult', { captureId }));
        return answer.ok ? null : answer.message;
      } catch (error) {
        return reason(error);
      } finally {
        await load();
      }
    },
    [load],
  );
  return { records, failure, pause, reload: load, retry, remove, downloadResult };
}

export type ResultState =
  | { status: 'idle' | 'loading' | 'missing' }
  | { status: 'ready'; savedAt: number; result: unknown }
  | { status: 'error'; message: string };

/** The stored result of one capture, fetched when it exists (and again when it arrives). */
export function useCaptureResult(captureId: string | null, hasResult: boolean): ResultState {
  const [state, setState] = useState<ResultState>({ status: 'idle' });
  useEffect(() => {
    if (!captureId || !hasResult) return setState({ status: 'idle' });
    let live = true;
    setState({ status: 'loading' });
    fetchResult(captureId).then(
      (stored) => live && setState(stored ? { status: 'ready', savedAt: stored.savedAt, result: stored.result } : { status: 'missing' }),
      (error: unknown) => live && setState({ status: 'error', message: reason(error) }),
    );
    return () => {
      live = false;
    };
  }, [captureId, hasResult]);
  return state;
}

/**
 * Summaries of finished captures, for search. Results can be large, so they are read only
 * while a search is typed, one at a time, and kept (a finished result does not change).
 */
export function useResultSummaries(records: readonly CaptureRecord[], enabled: boolean, extract: (result: unknown) => string) {
  const cache = useRef(new Map<string, string>());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const wanted = records.filter((record) => record.hasResult && !cache.current.has(record.id));
    let live = true;
    void (async () => {
      for (const record of wanted) {
        const stored = await fetchResult(record.id).catch((error: unknown) => void reportError('capture', 'Reading a stored result', error));
        // Unreachable background: stop, and try again on the next change.
        if (!live || stored === undefined) return;
        cache.current.set(record.id, stored ? extract(stored.result) : '');
        setVersion((v) => v + 1);
      }
    })();
    return () => {
      live = false;
    };
  }, [records, enabled, extract]);
  return useMemo(() => new Map(cache.current), [version]);
}

function readHash(): string | null {
  const raw = location.hash.slice(1);
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The selected capture lives in the URL hash (`captures.html#<id>`, as notifications open it). */
export function useHashSelection(): [string | null, (captureId: string | null) => void] {
  const [selected, setSelected] = useState(readHash);
  useEffect(() => {
    const sync = () => setSelected(readHash());
    addEventListener('hashchange', sync);
    return () => removeEventListener('hashchange', sync);
  }, []);
  const select = useCallback((captureId: string | null) => {
    if (captureId) location.hash = encodeURIComponent(captureId);
    else history.pushState(null, '', location.pathname + location.search);
    setSelected(captureId);
  }, []);
  return [selected, select];
}

/** The current time, ticking so "5 min ago" stays true while the page is open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
