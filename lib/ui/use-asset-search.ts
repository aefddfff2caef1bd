/**
 * A search box over the Asset Library: what is typed settles for DEBOUNCE_MS before it is sent (one
 * request per settled query), a newer query makes any older answer moot (the background cancels
 * its request; a late answer is dropped here), and "More results" appends the next page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssetHit } from '../api/asset-hit';
import type { SerializedSumeError } from '../api/errors';
import { sendMessage } from '../messaging';
import { noBackgroundAnswer } from './no-answer';

export const DEBOUNCE_MS = 300;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; hits: AssetHit[]; nextCursor: string | null; more?: 'loading' | SerializedSumeError }
  | { status: 'error'; query: string; error: SerializedSumeError };

/** `initialQuery`: the words the page was opened with (`sume <words>` in the address bar, then Enter). */
export function useAssetSearch(initialQuery = '') {
  const [input, setInput] = useState(initialQuery);
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  /** This box, so the background cancels its older query and not another box's. */
  const box = useMemo(() => crypto.randomUUID(), []);
  const ticket = useRef(0);

  useEffect(() => {
    const query = input.trim();
    const mine = ++ticket.current;
    if (!query) return setState({ status: 'idle' });
    const timer = setTimeout(async () => {
      setState({ status: 'searching', query });
      const answer = await sendMessage('searchAssets', { q: query, box }).catch(noBackgroundAnswer);
      if (mine !== ticket.current) return;
      setState(answer.ok ? { status: 'done', query, hits: answer.hits, nextCursor: answer.nextCursor } : { status: 'error', query, error: answer.error });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input, box]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'done' || !state.nextCursor || state.more === 'loading') return;
    const mine = ticket.current;
    const { query, hits, nextCursor } = state;
    setState({ ...state, more: 'loading' });
    const answer = await sendMessage('searchAssets', { q: query, cursor: nextCursor, box }).catch(noBackgroundAnswer);
    if (mine !== ticket.current) return;
    setState(
      answer.ok
        ? { status: 'done', query, hits: [...hits, ...answer.hits], nextCursor: answer.nextCursor }
        : { status: 'done', query, hits, nextCursor, more: answer.error },
    );
  }, [state, box]);

  return { input, setInput, state, loadMore };
}
