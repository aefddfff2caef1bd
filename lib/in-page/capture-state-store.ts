/**
 * The background's record of every reel's capture state, keyed by canonical URL, and the one
 * way to change it: `publish` persists the change, then tells every TikTok/Instagram tab.
 * Later the outbox and the job tracker publish through here; content scripts only read.
 */
import { storage } from 'wxt/utils/storage';
import type { CaptureState, CaptureStates } from './capture-state';
import { isCaptureState } from './capture-state';

/** Kept bounded: the oldest states are dropped first (the captures list keeps full history). */
export const MAX_REMEMBERED_STATES = 2_000;

export const captureStatesItem = storage.defineItem<Record<string, CaptureState>>('local:captureStates', {
  fallback: {},
  version: 1,
});

export async function readCaptureStates(urls: readonly string[]): Promise<CaptureStates> {
  const all = await captureStatesItem.getValue();
  const out: CaptureStates = {};
  for (const url of urls) {
    const state = all[url];
    if (isCaptureState(state)) out[url] = state;
  }
  return out;
}

/** Applies changes (null = forget) and returns what actually changed. */
export async function applyCaptureStates(changes: CaptureStates): Promise<CaptureStates> {
  const all = { ...(await captureStatesItem.getValue()) };
  for (const [url, state] of Object.entries(changes)) {
    if (state === null) delete all[url];
    else all[url] = state;
  }
  const urls = Object.keys(all);
  if (urls.length > MAX_REMEMBERED_STATES) {
    urls
      .sort((a, b) => (all[a]?.updatedAt ?? 0) - (all[b]?.updatedAt ?? 0))
      .slice(0, urls.length - MAX_REMEMBERED_STATES)
      .forEach((url) => {
        delete all[url];
      });
  }
  await captureStatesItem.setValue(all);
  return changes;
}
