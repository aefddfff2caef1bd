/**
 * Captures in the background: the message handlers every entry point uses, and the events that
 * wake the runner (alarm, startup, network back, a new key). A capture is persisted before any
 * network call; the runner delivers it.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SerializedSumeError } from '../api/errors';
import { assertOwnContext } from '../browser/sender';
import { notificationTarget } from '../browser/notifications';
import { capturePhase, CAPTURE_SOURCES, type CaptureRecord } from '../captures/capture-record';
import { outboxPauseItem, readCaptures, updateCaptures } from '../captures/capture-store';
import { onMessage, type CapturePreparation, type CaptureStarted } from '../messaging';
import { createOutboxItem, recoverInterrupted, retryItem, type PauseReason } from '../outbox/outbox';
import { parseReferenceUrl } from '../platforms';
import { apiKeyItem, readAccountState, readApiKey, readSettings, settingsItem } from '../storage';
import { createCaptureRunner, WAKE_ALARM } from './capture-runner';
import { lastRequiredCreditsItem } from './deliver-captures';
import { registerCaptureLibrary } from './register-capture-library';
import { currentClient } from './sume-client';

const urlRequest = z.object({ url: z.string().max(2048) });
const captureRequest = urlRequest.extend({ source: z.enum(CAPTURE_SOURCES), dontAskAgain: z.boolean().optional() });
const idRequest = z.object({ captureId: z.string().max(100) });
const openRequest = z.object({ url: z.string().max(2048).optional(), captureId: z.string().max(100).optional() });

const unsupported = (message: string): SerializedSumeError => ({ kind: 'http', code: 'unsupported_url', message });

/** Why nothing can be sent while the queue is paused, and what fixes it. */
const PAUSE_ERRORS: Record<PauseReason, SerializedSumeError> = {
  unauthorized: { kind: 'http', status: 401, code: 'unauthorized', message: 'Sume refused your API key. Update it in Sume Capture’s settings; waiting captures will then be sent.' },
  forbidden: { kind: 'http', status: 403, code: 'forbidden', message: 'Your API key is not allowed to start analyses. Use a key with that permission in the settings.' },
  insufficient_credits: { kind: 'http', status: 402, code: 'insufficient_credits', message: 'Not enough Sume credits. Top up in Sume, then retry from the captures page.' },
};

/** The latest capture of a reel, to offer "Open result" instead of spending again. */
function latestFor(records: CaptureRecord[], url: string): CaptureRecord | undefined {
  return records.filter((r) => r.url === url).sort((a, b) => b.createdAt - a.createdAt)[0];
}

/** The captures page, at one capture (`#<id>`) or on its Uploads tab (`?view=uploads`). */
export function openCapturesPage(target?: { captureId: string } | { view: 'uploads' }): Promise<unknown> {
  const suffix = !target ? '' : 'view' in target ? `?view=${target.view}` : `#${encodeURIComponent(target.captureId)}`;
  return browser.tabs.create({ url: browser.runtime.getURL(`/captures.html${suffix}`) });
}

export function registerCaptures(now: () => number = Date.now) {
  const runner = createCaptureRunner(now);

  /**
   * The queue stopped for lack of credits; the user asking again is the moment to look: after a
   * top-up the pause lifts (and what waited goes). A refused key waits for a new key instead.
   */
  async function pauseLifted(pause: PauseReason, required: number | null): Promise<boolean> {
    if (pause !== 'insufficient_credits') return false;
    const credits = await (await currentClient())?.credits().catch(() => undefined);
    const remaining = credits?.remaining_credits;
    if (remaining === undefined || remaining < (required ?? 1)) return false;
    await outboxPauseItem.setValue(null);
    void runner.kick();
    return true;
  }

  async function prepare(url: string): Promise<CapturePreparation> {
    const parsed = parseReferenceUrl(url);
    if (!parsed.ok) return { ok: false, error: unsupported(parsed.reason) };
    const [settings, account, required, records, apiKey, pause] = await Promise.all([
      readSettings(),
      readAccountState(),
      lastRequiredCreditsItem.getValue(),
      readCaptures(),
      readApiKey(),
      outboxPauseItem.getValue(),
    ]);
    if (!apiKey) return { ok: false, error: { kind: 'http', code: 'no_api_key', message: 'Connect Sume Capture to your Sume workspace first: open the extension’s settings.' } };
    if (pause && !(await pauseLifted(pause, required))) return { ok: false, error: PAUSE_ERRORS[pause] };
    const previous = parsed.kind === 'short_link' ? undefined : latestFor(records, parsed.canonicalUrl);
    const remaining = account?.account?.remainingCredits;
    return {
      ok: true,
      url: parsed.canonicalUrl,
      confirm: settings.confirmBeforeAnalyzing || previous !== undefined,
      ...(remaining !== undefined ? { remainingCredits: remaining } : {}),
      ...(required !== null ? { requiredCredits: required } : {}),
      ...(previous ? { duplicate: { captureId: previous.id, phase: capturePhase(previous) } } : {}),
    };
  }

  async function enqueue(url: string, source: CaptureRecord['source']): Promise<CaptureStarted> {
    const parsed = parseReferenceUrl(url);
    if (!parsed.ok) return { ok: false, error: unsupported(parsed.reason) };
    const record = await updateCaptures((records) => {
      // A capture Sume never accepted (it failed on the way) is sent again, not duplicated.
      const previous = latestFor([...records.values()], parsed.canonicalUrl);
      const next =
        previous?.status === 'failed'
          ? retryItem(previous, now())
          : createOutboxItem({ id: crypto.randomUUID(), url: parsed.canonicalUrl, source, idempotencyKey: crypto.randomUUID() }, now());
      records.set(next.id, next);
      return next;
    });
    runner.publish(record);
    void runner.kick();
    return { ok: true, captureId: record.id };
  }

  onMessage('prepareCapture', ({ sender, data }) => {
    assertOwnContext(sender);
    return prepare(urlRequest.parse(data).url);
  });

  onMessage('captureReel', async ({ sender, data }) => {
    assertOwnContext(sender);
    const request = captureRequest.parse(data);
    if (request.dontAskAgain) await settingsItem.setValue({ ...(await readSettings()), confirmBeforeAnalyzing: false });
    return enqueue(request.url, request.source);
  });

  onMessage('openCapture', async ({ sender, data }) => {
    assertOwnContext(sender);
    const request = openRequest.parse(data);
    const records = await readCaptures();
    const target = request.captureId ?? (request.url ? latestFor(records, parseReferenceUrl(request.url).ok ? request.url : '')?.id : undefined);
    await openCapturesPage(target ? { captureId: target } : undefined);
  });

  /**
   * Retry: a capture that never reached Sume is sent again with its own key (no new credits); one
   * whose job failed at Sume is analyzed again as a new capture (the captures page says so).
   */
  onMessage('retryCapture', async ({ sender, data }) => {
    assertOwnContext(sender);
    const { captureId } = idRequest.parse(data);
    await outboxPauseItem.setValue(null);
    const record = (await readCaptures()).find((r) => r.id === captureId);
    if (!record) return;
    // enqueue re-sends an outbox failure as itself and starts a new capture after a failed job.
    if (capturePhase(record) === 'failed') await enqueue(record.url, record.source);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void runner.kick();
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
        if (record.status === 'failed' && (status === 401 || status === 403 || record.error?.code === 'no_api_key')) records.set(record.id, retryItem(record, now()));
      }
    });
    await runner.kick();
  }

  // A worker stopped mid-send left items in `sending`: they go again, with the same key.
  void updateCaptures((records) => {
    for (const record of recoverInterrupted([...records.values()], now())) records.set(record.id, record);
  }).then(() => runner.kick());

  return { runner, enqueue, prepare };
}
