/**
 * Uploads in the background: taking files, screenshots, frames and page media, and the events
 * that keep uploads moving (alarm, start-up, the uploader's "done"). Bytes and record are stored
 * before any network call; the driver does the rest.
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { SerializedSumeError } from '../api/errors';
import { requestOriginPermission } from '../browser/permissions';
import { reelDescriptionSchema } from '../captures/reel-description';
import { isFirstStartOfSession } from '../browser/browser-session';
import { showNotification } from '../browser/notifications';
import { abortPut } from '../browser/uploader-host';
import { sendMessage, type UploadRequestItem, type UploadsStarted } from '../messaging';
import { platformOfUrl } from '../platforms/registry';
import { deleteBlob, getBlob, listBlobIds, putBlob } from '../uploads/blob-store';
import { grabVideoFrame, type FrameGrab } from '../uploads/frame-grab';
import { showPageToast } from '../uploads/page-toast';
import { captureFilename } from '../uploads/capture-filename';
import { cropScreenshot, dataUrlToBlob, fetchMedia, filenameFor, MediaSourceError } from '../uploads/media-sources';
import { makeThumbnail } from '../uploads/thumbnail';
import { cancelUpload, createUpload, dueNowThatSumeIsBack, recoverUpload, resumeUpload, retryUpload, validateFile } from '../uploads/upload-machine';
import type { UploadMeta, UploadSource } from '../uploads/upload-record';
import { deleteUpload, getUpload, listUploads, saveUpload, updateUpload } from '../uploads/upload-store';
import { onSumeBack } from './sume-client';
import { createUploadDriver } from './upload-driver';
import { reported, reportError } from '../diagnostics/report';
import { handle } from '../protocol/handle';
import { t } from '../i18n/t';
import { screenshotRequest, startUploadsRequest, uploadIdRequest } from '../protocol/requests';

export const MENU_UPLOAD = 'sume-upload-media';

const failure = (code: string, message: string): UploadsStarted => ({ ok: false, error: { kind: 'http', code, message } as SerializedSumeError });

/** The content script's answer: page-made, so checked here; the creator is cleaned as everywhere it is shown. */
const activeVideoReply = z
  .object({ url: z.string().max(300), creator: z.string().max(2_000).optional().catch(undefined) })
  .nullable()
  .catch(null)
  .transform((reply) => reply && { url: reply.url, creator: reelDescriptionSchema.safeParse({ creator: reply.creator }).data?.creator });

const platformOf = (url: string | undefined) => platformOfUrl(url)?.id as UploadMeta['platform'];

export function registerUploads(now: () => number = Date.now) {
  const driver = createUploadDriver(now);

  /** Stores a blob the background made (screenshot, frame, page media) and starts its upload. */
  async function startFromBlob(blob: Blob, filename: string, source: UploadSource, meta: UploadMeta): Promise<UploadsStarted> {
    const reason = validateFile({ name: filename, type: blob.type, size: blob.size });
    if (reason) return failure('invalid_file', reason);
    const id = crypto.randomUUID();
    await putBlob(id, blob);
    return start([{ blobId: id, filename, contentType: blob.type, sizeBytes: blob.size, source, meta }]);
  }

  async function start(items: readonly UploadRequestItem[]): Promise<UploadsStarted> {
    const ids: string[] = [];
    const rejected: { filename: string; reason: string }[] = [];
    const startedAt = now();
    // Chosen together, told together: one notification when the last of them has ended.
    const batchId = crypto.randomUUID();
    for (const [index, item] of items.entries()) {
      const blob = await getBlob(item.blobId);
      const reason = blob ? validateFile({ name: item.filename, type: item.contentType, size: blob.size }) : t('background_fileUnreadable');
      if (reason) {
        rejected.push({ filename: item.filename, reason });
        await deleteBlob(item.blobId).catch(reported('upload', 'Clearing a refused file'));
        continue;
      }
      const thumbnail = await makeThumbnail(blob!);
      await saveUpload(
        // One millisecond apart, so files go (and are listed) in the order they were chosen.
        createUpload(
          {
            id: item.blobId,
            filename: item.filename,
            contentType: item.contentType,
            sizeBytes: blob!.size,
            source: item.source,
            meta: item.meta,
            presignKey: crypto.randomUUID(),
            finalizeKey: crypto.randomUUID(),
            batchId,
            ...(thumbnail ? { thumbnail } : {}),
          },
          startedAt + index,
        ),
      );
      ids.push(item.blobId);
    }
    if (ids.length) void driver.kick();
    return { ok: true, ids, rejected };
  }

  async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  }

  async function reelMeta(tab: Browser.tabs.Tab, currentTime?: number): Promise<UploadMeta> {
    const reel = activeVideoReply.parse(tab.id === undefined ? null : await sendMessage('getActiveVideo', undefined, tab.id).catch(() => null));
    const platform = platformOf(tab.url);
    return {
      ...(tab.url ? { pageUrl: tab.url } : {}),
      ...(platform ? { platform } : {}),
      ...(reel?.url ? { reelUrl: reel.url } : {}),
      ...(reel?.creator ? { creator: reel.creator } : {}),
      ...(currentTime !== undefined ? { videoTimeSeconds: Math.round(currentTime * 100) / 100 } : {}),
      ...(tab.title ? { title: tab.title.slice(0, 300) } : {}),
    };
  }

  async function grab(tab: Browser.tabs.Tab, mode: 'frame' | 'rect'): Promise<FrameGrab> {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id! }, func: grabVideoFrame, args: [mode] });
    return (injection?.result as FrameGrab | undefined) ?? { kind: 'none', reason: t('background_pageNoAnswer') };
  }

  async function screenshot(tab: Browser.tabs.Tab): Promise<Blob> {
    return dataUrlToBlob(await browser.tabs.captureVisibleTab(tab.windowId!, { format: 'png' }));
  }

  async function captureMedia(kind: 'page' | 'video' | 'frame'): Promise<UploadsStarted> {
    const tab = await activeTab();
    if (tab?.id === undefined || tab.windowId === undefined) return failure('no_tab', t('background_noPageToCapture'));
    const started = await takeMedia({ ...tab, id: tab.id, windowId: tab.windowId }, kind);
    const frame = kind === 'frame';
    await browser.scripting
      .executeScript({
        target: { tabId: tab.id },
        func: showPageToast,
        args:
          started.ok && started.ids.length
            ? [t(frame ? 'background_frameCaptured' : 'background_screenshotCaptured'), t('background_uploadingToLibrary')]
            : [
                t(frame ? 'background_frameNotCaptured' : 'background_screenshotNotCaptured'),
                started.ok ? (started.rejected[0]?.reason ?? '') : started.error.message,
              ],
      })
      .catch(reported('page', 'Showing the upload note on the page'));
    return started;
  }

  async function takeMedia(tab: Browser.tabs.Tab & { id: number; windowId: number }, kind: 'page' | 'video' | 'frame'): Promise<UploadsStarted> {
    try {
      if (kind === 'page') {
        const meta = await reelMeta(tab);
        return startFromBlob(await screenshot(tab), captureFilename('screenshot', meta), 'screenshot', meta);
      }
      const grabbed = await grab(tab, kind === 'frame' ? 'frame' : 'rect');
      if (grabbed.kind === 'none') return failure('no_video', grabbed.reason);
      const meta = await reelMeta(tab, grabbed.currentTime);
      const blob = grabbed.kind === 'frame' ? await dataUrlToBlob(grabbed.dataUrl) : await cropScreenshot(await screenshot(tab), grabbed.rect);
      const started = await startFromBlob(
        blob,
        captureFilename(kind === 'frame' ? 'frame' : 'video-screenshot', meta),
        kind === 'frame' ? 'frame' : 'screenshot',
        meta,
      );
      // Say which way the frame was taken when it had to be a screenshot.
      if (kind === 'frame' && grabbed.kind === 'rect' && started.ok)
        await showNotification('frame', t('background_frameFromScreenshot'), grabbed.reason).catch(reported('upload', 'Notifying about a frame'));
      return started;
    } catch (error) {
      return failure(
        'capture_failed',
        error instanceof Error && error.message ? t('background_captureFailedBecause', { reason: error.message }) : t('background_captureFailed'),
      );
    }
  }

  /** Right-click on an image or a video anywhere: its bytes, where the site allows it. */
  async function uploadFromMenu(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
    if (info.menuItemId !== MENU_UPLOAD || !info.srcUrl) return;
    try {
      if (/^https?:/.test(info.srcUrl)) await requestOriginPermission(`${new URL(info.srcUrl).origin}/*`).catch(() => false);
      const blob = await fetchMedia(info.srcUrl);
      const platform = platformOf(info.pageUrl);
      const source: UploadSource = blob.type.startsWith('video/') ? 'video' : 'image';
      const started = await startFromBlob(blob, filenameFor(blob.type, info.srcUrl, source), source, {
        ...(info.pageUrl ? { pageUrl: info.pageUrl } : {}),
        ...(platform ? { platform } : {}),
        ...(tab?.title ? { title: tab.title.slice(0, 300) } : {}),
      });
      if (!started.ok) await showNotification('media', t('background_addFailedTitle'), started.error.message);
    } catch (error) {
      const message = error instanceof MediaSourceError ? error.message : t('background_fileNotReadable');
      await showNotification('media', t('background_addFailedTitle'), message).catch(reported('upload', 'Notifying about a refused file'));
    }
  }

  handle('startUploads', { from: 'page', input: startUploadsRequest }, (input) => {
    return start(input.items);
  });
  handle('captureScreenshot', { from: 'page', input: screenshotRequest }, (input) => {
    return captureMedia(input.crop);
  });
  handle('captureFrame', { from: 'page' }, () => {
    return captureMedia('frame');
  });
  handle('cancelUpload', { from: 'page', input: uploadIdRequest }, async (input) => {
    const { id } = input;
    const record = await getUpload(id);
    if (!record) return;
    await saveUpload(cancelUpload(record, now()));
    driver.forget(id);
    await abortPut(id);
    // The bytes stay until the upload is removed: a cancelled upload can be resumed.
    // It may have been the last of its batch still moving: the others' news is due now.
    void driver.kick();
  });
  handle('retryUpload', { from: 'page', input: uploadIdRequest }, async (input) => {
    const record = await getUpload(input.id);
    // Retry for a failed upload, Resume for a cancelled one.
    if (record?.status === 'canceled') await saveUpload(resumeUpload(record, now(), { finalizeKey: crypto.randomUUID(), batchId: crypto.randomUUID() }));
    else if (record) await saveUpload(retryUpload(record, now()));
    void driver.kick();
  });
  handle('removeUpload', { from: 'page', input: uploadIdRequest }, async (input) => {
    const { id } = input;
    const record = await getUpload(id);
    if (record && (record.status === 'active' || record.status === 'waiting_retry')) await abortPut(id);
    await deleteUpload(id);
    await deleteBlob(id);
    // Nor does a removed one hold its batch's news back any longer.
    void driver.kick();
  });
  handle('kickUploads', { from: ['page', 'uploader'] }, () => {
    void driver.kick();
  });
  handle('getSignedUpload', { from: 'uploader', input: uploadIdRequest }, (input) => {
    return driver.signedUpload(input.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void uploadFromMenu(info, tab));
  // Bytes saved by a page that closed before it could start their upload: at browser start-up no
  // page can be in the middle of that, so bytes without an upload record are leftovers.
  browser.runtime.onStartup.addListener(() => void deleteOrphanBlobs());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (driver.owns(alarm)) void driver.kick();
  });

  // PUTs left half-done start over from their step. In a new session (browser restart, extension
  // update) no uploader survived, so at once; after a stopped worker, only once the uploader's
  // lease has run out, as it may still be sending.
  void isFirstStartOfSession()
    .then((fresh) => recoverInterrupted({ ignoreLeases: fresh }))
    .then(() => driver.kick());

  async function recoverInterrupted({ ignoreLeases }: { ignoreLeases: boolean }): Promise<void> {
    try {
      for (const record of await listUploads()) {
        if (!ignoreLeases && record.leaseUntil !== undefined && record.leaseUntil > now()) continue;
        const recovered = recoverUpload(record, now());
        if (recovered !== record) await saveUpload(recovered);
      }
    } catch (error) {
      await reportError('upload', 'Resuming uploads after a restart', error);
    }
  }

  // Sume answers again after an outage: uploads waiting out a backoff go now.
  onSumeBack(
    () =>
      void (async () => {
        for (const record of await listUploads()) {
          const due = dueNowThatSumeIsBack(record, now());
          if (due !== record) await updateUpload(record.id, (stored) => dueNowThatSumeIsBack(stored, now()));
        }
        await driver.kick();
      })().catch(reported('upload', 'Resuming uploads, now that Sume answers again')),
  );

  async function deleteOrphanBlobs(): Promise<void> {
    const kept = new Set((await listUploads()).filter((u) => u.status !== 'done').map((u) => u.id));
    for (const id of await listBlobIds()) if (!kept.has(id)) await deleteBlob(id);
  }

  /** What moments (register-moments.ts) take a frame with, exactly as a frame is taken here. */
  const frames = { grab, reelMeta, screenshot, startFromBlob };
  return { driver, captureMedia, uploadFromMenu, startFromBlob, deleteOrphanBlobs, frames };
}
