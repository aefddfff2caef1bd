/**
 * What the side panel should do as it opens, when something asked for more than opening it: the
 * popup's search field wants its words searched there, the field focused. Written just after the panel was asked to
 * open (the browser opens it only within the click's task, so the open comes first); the panel
 * reads it on load and while open, acts on one younger than INTENT_MS, and clears it. In
 * `storage.session`: extension pages only.
 */
import { storage } from 'wxt/utils/storage';

export const INTENT_MS = 10_000;

export interface PanelIntent {
  focus: 'search';
  /** The words typed in the popup. */
  query?: string;
  at: number;
}

/** No version: session storage (see active-video.ts). */
export const panelIntentItem = storage.defineItem<PanelIntent | null>('session:panelIntent', { fallback: null });

export function isFreshIntent(value: unknown, now: number): value is PanelIntent {
  const intent = value as Partial<PanelIntent> | null;
  const query = intent?.query;
  return (
    intent?.focus === 'search' &&
    (query === undefined || (typeof query === 'string' && query.length <= 500)) &&
    typeof intent.at === 'number' &&
    now - intent.at >= 0 &&
    now - intent.at < INTENT_MS
  );
}
