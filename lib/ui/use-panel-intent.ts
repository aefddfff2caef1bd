/**
 * The side panel taking what it was opened for (lib/storage/panel-intent.ts): the popup's search
 * words searched, the field focused. Once `ready` (the search field is on the page), on load and
 * while open; each request is taken once.
 */
import { useEffect } from 'preact/hooks';
import { isFreshIntent, panelIntentItem } from '../storage/panel-intent';

export function usePanelIntent(ready: boolean, search: (query: string | undefined) => void): void {
  useEffect(() => {
    if (!ready) return;
    const take = (intent: unknown) => {
      if (!isFreshIntent(intent, Date.now())) return;
      void panelIntentItem.removeValue();
      search(intent.query);
    };
    void panelIntentItem.getValue().then(take);
    return panelIntentItem.watch(take);
  }, [ready]);
}
