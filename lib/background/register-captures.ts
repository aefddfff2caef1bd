/**
 * Captures in the background: the message handlers every entry point uses, and the events that
 * wake the runner (alarm, startup, network back, a new key). A capture is persisted before any
 * network call; the runner delivers it.
 */
import { reported } from '../diagnostics/report';
import { onSumeBack } from './sume-client';
import { browser } from 'wxt/browser';
import { capturePhase } from '../captures/capture-record';
import { outboxPauseItem, readCaptures, updateCaptures } from '../captures/capture-store';
import { dueNowThatSumeIsBack, recoverInterrupted, retryItem } from '../outbox/outbox';
import { parseReferenceUrl } from '../platforms';
import { apiKeyItem, readSettings, settingsItem } from '../storage';
import { createCaptureRunner } from './capture-runner';
import { createCreditsWait } from './credits-wait';
import { createCaptureService, latestFor } from './capture-service';
import { registerCaptureLibrary } from './register-capture-library';
import { notificationTarget } from '../browser/notifications';
import { handle } from '../protocol/handle';
import { captureIdRequest, captureReelRequest, openCaptureRequest, urlRequest } from '../protocol/requests';

/** The captures page, at one capture (`#<id>`) or on its Uploads tab (`?view=uploads`). */
export function openCapturesPage(target?: { captureId: string } | { view: 'uploads' }): Promise<unknown> {
  const suffix = !target ? '' : 'view' in target ? `?view=${target.view}` : `#${encodeURIComponent(target.captureId)}`;
  return browser.tabs.create({ url: browser.runtime.getURL(`/captures.html${suffix}`) });
}

export function registerCaptures(now: () => number = Date.now) {
  const runner = createCaptureRunner(now);
  const creditsWait = createCreditsWait(runner);
  creditsWait.register();
  const service = createCaptureService(runner, creditsWait, now);

  // The popup and the confirm window (extension pages). The in-page button asks through
  // register-confirmations.ts instead: a content script can never turn confirmation off.
  handle('prepareCapture', { from: 'page', input: urlRequest }, (input) => {
    return service.prepare(input.url);
  });

  handle('captureReel', { from: 'page', input: captureReelRequest }, async (input) => {
    const request = input;
    const blocked = await service.blocker();
    if (blocked) return { ok: false, error: blocked };
    if (request.dontAskAgain) await settingsItem.setValue({ ...(await readSettings()), confirmBeforeAnalyzing: false });
    return service.enqueue(request.url, request.source, { again: request.again ?? false, saveForLater: request.saveForLater ?? false });
  });

  handle('getSpending', { from: 'page' }, () => {
    return service.spending();
  });

  // Opening our own captures page reveals nothing to a page, so a click on a "Result" button may.
  handle('openCapture', { from: ['page', 'content'], input: openCaptureRequest }, async (input) => {
    const request = input;
    const parsed = request.url ? parseReferenceUrl(request.url) : undefined;
    const target = request.captureId ?? (parsed?.ok ? latestFor(await readCaptures(), parsed.canonicalUrl)?.id : undefined);
    await openCapturesPage(target ? { captureId: target } : undefined);
  });

  /**
   * Retry: a capture that never reached Sume is sent again with its own key (no new credits); one
   * whose job failed at Sume is analyzed again as a new capture (the captures page says so).
   */
  handle('retryCapture', { from: 'page', input: captureIdRequest }, async (input) => {
    const { captureId } = input;
    await outboxPauseItem.setValue(null);
    const record = (await readCaptures()).find((r) => r.id === captureId);
    if (!record) return;
    if (capturePhase(record) === 'failed') await service.enqueue(record.url, record.source, { again: true });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (runner.owns(alarm)) void runner.kick();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const target = notificationTarget(notificationId);
    if (target === null) return;
    // Upload, frame and page-media notifications are about the Uploads tab.
    const isUpload = target.startsWith('upload-') || target === 'frame' || target === 'media';
    void openCapturesPage(target === 'all' ? undefined : isUpload ? { view: 'uploads' } : { captureId: target });
    void browser.notifications.clear(notificationId);
  });
  registerCaptureLibrary(runner);
  // The network is back, or the user fixed the key: whatever waits may go now.
  globalThis.addEventListener?.('online', () => void runner.kick());
  apiKeyItem.watch(() => void resumeAfterNewKey());

  /** A new key fixes what the old one broke: unpause, and send again what it refused. */
  async function resumeAfterNewKey(): Promise<void> {
    await outboxPauseItem.setValue(null);
    await updateCaptures((records) => {
      for (const record of records.values()) {
        const status = record.error?.status;
        if (record.status === 'failed' && (status === 401 || status === 403 || record.error?.code === 'no_api_key'))
          records.set(record.id, retryItem(record, now()));
      }
    });
    await runner.kick();
  }

  // Sume answers again after an outage: what waits out a backoff goes now.
  onSumeBack(
    () =>
      void updateCaptures((records) => {
        for (const record of dueNowThatSumeIsBack([...records.values()], now())) records.set(record.id, record);
      })
        .then(() => runner.kick())
        .catch(reported('capture', 'Sending what waited, now that Sume answers again')),
  );

  // A worker stopped mid-send left items in `sending`: they go again, with the same key.
  void updateCaptures((records) => {
    for (const record of recoverInterrupted([...records.values()], now())) records.set(record.id, record);
  }).then(() => runner.kick());

  return { runner, service };
}
