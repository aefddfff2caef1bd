/**
 * Moments in the background: "Save moment" from the side panel or the popup (a message from the
 * extension's own pages, carrying the note typed there) and the keyboard command (no note). The
 * frame is taken exactly as "Current frame" takes it (register-uploads.ts). A moment that belongs
 * to no reel is refused before anything is stored (moment.ts); otherwise its record, with the note
 * and the timecode, is stored before any network call, so a stopped worker or a browser restart
 * resumes it like any other upload.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SerializedSumeError } from '../api/errors';
import { reported } from '../diagnostics/report';
import { t } from '../i18n/t';
import type { UploadsStarted } from '../messaging';
import { handle } from '../protocol/handle';
import { saveMomentRequest } from '../protocol/requests';
import { captureFilename } from '../uploads/capture-filename';
import { cropScreenshot, dataUrlToBlob } from '../uploads/media-sources';
import { momentMeta } from '../uploads/moment';
import { showPageToast } from '../uploads/page-toast';
import type { registerUploads } from './register-uploads';

/** wxt.config.ts `commands`: no key by default (Chrome allows an extension four suggested keys). */
export const COMMAND_SAVE_MOMENT = 'save-moment';
/** The right-click menu's item on TikTok and Instagram pages and their videos (register-menu-and-shortcut.ts creates it). */
export const MENU_SAVE_MOMENT = 'sume-save-moment';

type Frames = ReturnType<typeof registerUploads>['frames'];
type Tab = Browser.tabs.Tab & { id: number; windowId: number };

const failure = (code: string, message: string): UploadsStarted => ({ ok: false, error: { kind: 'http', code, message } as SerializedSumeError });

export function registerMoments(frames: Frames) {
  /** The tab the side panel follows when it names one, else the tab in front. */
  async function tabFor(tabId: number | undefined): Promise<Browser.tabs.Tab | undefined> {
    if (tabId !== undefined) return browser.tabs.get(tabId).catch(() => undefined);
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab;
  }

  async function take(tab: Tab, note: string | undefined): Promise<UploadsStarted> {
    const grabbed = await frames.grab(tab, 'frame');
    if (grabbed.kind === 'none') return failure('no_video', grabbed.reason);
    const meta = momentMeta(await frames.reelMeta(tab, grabbed.currentTime), tab.url, note);
    if (!meta) return failure('no_reel', t('moments_noReel'));
    // A screenshot shows the tab in front: of a tab behind it, it would picture something else.
    if (grabbed.kind === 'rect' && !tab.active) return failure('not_in_front', t('moments_notInFront'));
    const blob = grabbed.kind === 'frame' ? await dataUrlToBlob(grabbed.dataUrl) : await cropScreenshot(await frames.screenshot(tab), grabbed.rect);
    return frames.startFromBlob(blob, captureFilename('moment', meta), 'moment', meta);
  }

  async function saveMoment(tabId?: number, note?: string): Promise<UploadsStarted> {
    const tab = await tabFor(tabId);
    if (tab?.id === undefined || tab.windowId === undefined) return failure('no_tab', t('moments_noReel'));
    const started = await take({ ...tab, id: tab.id, windowId: tab.windowId }, note).catch((error: unknown) =>
      failure(
        'capture_failed',
        error instanceof Error && error.message ? t('background_captureFailedBecause', { reason: error.message }) : t('background_captureFailed'),
      ),
    );
    // Said on the page too: the keyboard command has no other place to answer.
    const [title, detail] =
      started.ok && started.ids.length
        ? [t('moments_toastSaved'), t('background_uploadingToLibrary')]
        : [t('moments_toastNotSaved'), started.ok ? (started.rejected[0]?.reason ?? '') : started.error.message];
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, func: showPageToast, args: [title, detail] })
      .catch(reported('page', 'Showing the moment note on the page'));
    return started;
  }

  handle('saveMoment', { from: 'page', input: saveMomentRequest }, (input) => saveMoment(input.tabId, input.note));
  /** The right-click menu: a moment of the video on the page that was right-clicked (no note: the page is no place to type one). */
  function handleMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<unknown> {
    if (info.menuItemId !== MENU_SAVE_MOMENT || tab?.id === undefined) return Promise.resolve();
    return saveMoment(tab.id);
  }
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab).catch(reported('upload', 'Saving a moment from the menu')));
  browser.commands.onCommand.addListener((command) => {
    if (command === COMMAND_SAVE_MOMENT) void saveMoment().catch(reported('upload', 'Saving a moment from the keyboard'));
  });

  return { saveMoment, handleMenuClick };
}
