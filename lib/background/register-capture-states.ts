/**
 * What the in-page buttons show: derived from the capture records when a page asks, and pushed to
 * every platform tab after each write that changed a reel's records (whoever made it). There is
 * no second stored copy of these states to fall behind, lose a concurrent update or outlive a
 * removed capture.
 */
import { z } from 'zod';
import { sendToPlatformTabs } from '../browser/platform-tabs';
import { assertOwnContentScript } from '../browser/sender';
import { changedUrls, statesFor } from '../captures/button-states';
import { capturesItem, readCaptures } from '../captures/capture-store';
import { reported } from '../diagnostics/report';
import { onMessage, sendMessage } from '../messaging';
import { readSettings, settingsItem } from '../storage';

const captureStateRequestSchema = z.object({ urls: z.array(z.string().max(300)).max(500) });

/** Pushes the current states of `urls` to every platform tab. */
export async function pushCaptureStates(urls: readonly string[]): Promise<void> {
  if (urls.length === 0) return;
  const changes = statesFor(await readCaptures(), urls);
  await sendToPlatformTabs((tabId) => sendMessage('captureStatesChanged', changes, tabId));
}

export function registerCaptureStates(): void {
  onMessage('getCaptureStates', async ({ sender, data }) => {
    assertOwnContentScript(sender);
    return statesFor(await readCaptures(), captureStateRequestSchema.parse(data).urls);
  });

  onMessage('getContentSettings', async ({ sender }) => {
    assertOwnContentScript(sender);
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
