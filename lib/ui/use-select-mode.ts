/**
 * "Select videos" from the popup or the side panel: select mode on the page in the tab beside them
 * (lib/background/register-batches.ts). `afterStart` runs once it is on the page (the popup closes,
 * so the person is on the grid with the bar focused).
 */
import { useState } from 'preact/hooks';
import type { SerializedSumeError } from '../api/errors';
import { sendMessage } from '../messaging';
import { noBackgroundAnswer } from './no-answer';
import { pageTab } from './page-tab';

/** `tabId`: the tab to put it in (the side panel's followed tab); else the page beside this one. */
export function useSelectMode(afterStart?: () => void, tabId?: number) {
  const [error, setError] = useState<SerializedSumeError | null>(null);
  async function start(): Promise<void> {
    setError(null);
    const target = tabId ?? (await pageTab())?.id;
    const answer = await sendMessage('startSelectMode', target !== undefined ? { tabId: target } : {}).catch(() => noBackgroundAnswer());
    if (!answer.ok) return setError(answer.error);
    afterStart?.();
  }
  return { start, error, dismiss: () => setError(null) };
}
