import { sendToPlatformTabs } from '../browser/platform-tabs';
import { assertOwnContentScript } from '../browser/sender';
import { z } from 'zod';
import type { CaptureStates } from '../in-page/capture-state';
import { applyCaptureStates, readCaptureStates } from '../in-page/capture-state-store';
import { onMessage, sendMessage } from '../messaging';
import { readSettings, settingsItem } from '../storage';

const captureStateRequestSchema = z.object({ urls: z.array(z.string().max(300)).max(500) });

/** Persists state changes, then pushes them to every platform tab. */
export async function publishCaptureStates(changes: CaptureStates): Promise<void> {
  await applyCaptureStates(changes);
  await sendToPlatformTabs((tabId) => sendMessage('captureStatesChanged', changes, tabId));
}

export function registerCaptureStates(): void {
  onMessage('getCaptureStates', ({ sender, data }) => {
    assertOwnContentScript(sender);
    return readCaptureStates(captureStateRequestSchema.parse(data).urls);
  });

  onMessage('getContentSettings', async ({ sender }) => {
    assertOwnContentScript(sender);
    return { buttons: (await readSettings()).buttons };
  });

  // The switch in the options page applies to open tabs at once, without a reload.
  settingsItem.watch((next, previous) => {
    if (!next || JSON.stringify(next.buttons) === JSON.stringify(previous?.buttons)) return;
    void sendToPlatformTabs((tabId) => sendMessage('contentSettingsChanged', { buttons: next.buttons }, tabId));
  });
}
