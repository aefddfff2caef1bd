/**
 * Moments for the pages (side panel, popup, captures page): the uploads' records grouped under
 * their reels, saving one through the background, and opening one.
 */
import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { type Moment, momentsByReel } from '../uploads/moment';
import type { UploadRecord } from '../uploads/upload-record';
import { ask, CAPTURE_TIMEOUT_MS } from './use-uploads';
import { safeHttpUrl } from './safe-url';

/** Every reel's moments (referenceKey → moments in video order), from the uploads' live list. */
export function useMomentsByReel(records: readonly UploadRecord[] | null): Map<string, Moment[]> {
  return useMemo(() => momentsByReel(records ?? []), [records]);
}

/** Saves a moment of the video on `tabId` (the tab in front when not given), with the note typed. */
export const saveMoment = (tabId: number | undefined, note: string) =>
  ask(sendMessage('saveMoment', { ...(tabId === undefined ? {} : { tabId }), ...(note.trim() ? { note } : {}) }), CAPTURE_TIMEOUT_MS);

/**
 * Opens the reel, and the moment's asset in Sume behind it when Sume gave its page. The reel opens
 * from its start: neither TikTok nor Instagram has a URL parameter that starts a video at a time
 * (none is documented, and the links they share themselves carry none), so none is made up here.
 */
export function openMoment(moment: Moment): void {
  const reel = safeHttpUrl(moment.reelUrl);
  const asset = safeHttpUrl(moment.assetUrl);
  if (asset) void browser.tabs.create({ url: asset, active: false });
  if (reel) void browser.tabs.create({ url: reel });
}
