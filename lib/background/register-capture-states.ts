/**
 * What the in-page buttons show: derived from the capture records when a page asks, and pushed to
 * every platform tab after each write that changed a reel's records (whoever made it). There is
 * no second stored copy of these states to fall behind, lose a concurrent update or outlive a
 * removed capture.
 */
import { sendToPlatformTabs } from '../browser/platform-tabs';
import { changedUrls, statesFor } from '../captures/button-states';
import { capturesItem, readCaptures } from '../captures/capture-store';
import { reported } from '../diagnostics/report';
import { sendMessage } from '../messaging';
import { readSettings, settingsItem } from '../storage';
import { handle } from '../protocol/handle';
import { captureStatesRequest } from '../protocol/requests';

/** The e2e build only: the pages whose content script asked for its settings (register-test-hooks.ts). */
export const settingsAskedFrom: string[] = [];

/** Pushes the current states of `urls` to every platform tab. */
export async function pushCaptureStates(urls: readonly string[]): Promise<void> {
  if (urls.length === 0) return;
  const changes = statesFor(await readCaptures(), urls);
  await sendToPlatformTabs((tabId) => sendMessage('captureStatesChanged', changes, tabId));
}

export function registerCaptureStates(): void {
  handle('getCaptureStates', { from: 'content', input: captureStatesRequest }, async (input) => {
    return statesFor(await readCaptures(), input.urls);
  });

  handle('getContentSettings', { from: 'content' }, async (_input, sender) => {
    // The browser tests wait for this question instead of sleeping before they assert "no button".
    if (import.meta.env.MODE === 'e2e') settingsAskedFrom.push(String((sender.tab as { url?: string } | undefined)?.url ?? ''));
    return { buttons: (await readSettings()).buttons };
  });

  // After every write of the records, the reels whose records changed.
  capturesItem.watch((next, previous) => void pushCaptureStates(changedUrls(previous, next)).catch(reported('capture', 'Telling open tabs a capture changed')));

  // The switch in the options page applies to open tabs at once, without a reload.
  settingsItem.watch((next, previous) => {
    if (!next || JSON.stringify(next.buttons) === JSON.stringify(previous?.buttons)) return;
    void sendToPlatformTabs((tabId) => sendMessage('contentSettingsChanged', { buttons: next.buttons }, tabId));
  });
}
