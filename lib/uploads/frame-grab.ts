/**
 * Runs inside the page (injected with scripting.executeScript, so the always-on content script
 * stays small): finds the video being watched and returns its current frame, or — when the site
 * serves the video cross-origin without CORS and the browser forbids reading its pixels — the
 * video's rectangle, so the background can crop a screenshot to it instead.
 *
 * Self-contained on purpose: executeScript serialises this one function, not its imports (the one
 * below is a type). What it says comes from the extension's messages through the i18n API, which
 * the content-script world it runs in has (lib/i18n/t.ts cannot be imported here).
 */
import type { MessageName } from '../i18n/keys';

export type FrameGrab =
  | { kind: 'frame'; dataUrl: string; width: number; height: number; currentTime: number }
  | { kind: 'rect'; rect: { x: number; y: number; width: number; height: number; dpr: number }; reason: string; currentTime: number }
  | { kind: 'none'; reason: string };

export function grabVideoFrame(mode: 'frame' | 'rect'): FrameGrab {
  type I18n = { i18n?: { getMessage(name: string): string } };
  const api = (globalThis as { browser?: I18n; chrome?: I18n }).browser ?? (globalThis as { chrome?: I18n }).chrome;
  const say = (name: MessageName) => api?.i18n?.getMessage(name) || name;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  };
  const videos = Array.from(document.querySelectorAll('video'));
  const inDialog = videos.filter((v) => v.closest('[role="dialog"], [class*="DivBrowserModeContainer"]'));
  const video = (inDialog.length ? inDialog : videos).map((v) => ({ v, area: visible(v) })).sort((a, b) => b.area - a.area)[0];
  if (!video || video.area === 0) return { kind: 'none', reason: say('core_frameNoVideo') };
  const r = video.v.getBoundingClientRect();
  const rect = {
    x: Math.max(0, r.left),
    y: Math.max(0, r.top),
    width: Math.min(r.right, innerWidth) - Math.max(0, r.left),
    height: Math.min(r.bottom, innerHeight) - Math.max(0, r.top),
    dpr: devicePixelRatio || 1,
  };
  const currentTime = video.v.currentTime || 0;
  if (mode === 'rect') return { kind: 'rect', rect, reason: 'cropped', currentTime };
  if (!video.v.videoWidth || !video.v.videoHeight) {
    return { kind: 'rect', rect, reason: say('core_frameNotLoaded'), currentTime };
  }
  try {
    const canvas = document.createElement('canvas');
    canvas.width = video.v.videoWidth;
    canvas.height = video.v.videoHeight;
    canvas.getContext('2d')!.drawImage(video.v, 0, 0);
    return { kind: 'frame', dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height, currentTime };
  } catch {
    return { kind: 'rect', rect, reason: say('core_frameFromScreenshot'), currentTime };
  }
}
