/** The account as the popup and options page see it: from cache at once, then refreshed. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { accountViewSchema, type AccountView } from '../account/account-view';
import { sendMessage } from '../messaging';
import { accountStateItem } from '../storage';

export function useAccount({ refreshOnOpen }: { refreshOnOpen: boolean }) {
  const [view, setView] = useState<AccountView | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setView(accountViewSchema.parse(await sendMessage('getAccount')));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      setView(accountViewSchema.parse(await sendMessage('refreshAccount')));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRefreshing(false);
    }
  }, []);

  useEffect(() => {
    void load().then(() => (refreshOnOpen ? refresh() : undefined));
    return accountStateItem.watch(() => void load());
  }, [load, refresh, refreshOnOpen]);

  return { view, setView, refreshing, refresh, failure };
}
