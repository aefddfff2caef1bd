/**
 * Runs inside the page (injected with scripting.executeScript, so the always-on content script
 * stays small): finds the video being watched and returns its current frame, or — when the site
 * serves the video cross-origin without CORS and the browser forbids reading its pixels — the
 * video's rectangle, so the background can crop a screenshot to it instead.
 *
 * Self-contained on purpose: executeScript serialises this one function, not its imports.
 */
export type FrameGrab =
  | { kind: 'frame'; dataUrl: string; width: number; height: number; currentTime: number }
  | { kind: 'rect'; rect: { x: number; y: number; width: number; height: number; dpr: number }; reason: string; currentTime: number }
  | { kind: 'none'; reason: string };

export function grabVideoFrame(mode: 'frame' | 'rect'): FrameGrab {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  };
  const videos = Array.from(document.querySelectorAll('video'));
  const inDialog = videos.filter((v) => v.closest('[role="dialog"], [class*="DivBrowserModeContainer"]'));
  const video = (inDialog.length ? inDialog : videos).map((v) => ({ v, area: visible(v) })).sort((a, b) => b.area - a.area)[0];
  if (!video || video.area === 0) return { kind: 'none', reason: 'No video is visible on this page.' };
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
    return { kind: 'rect', rect, reason: 'The video has not loaded a frame yet, so a screenshot of it was taken.', currentTime };
  }
  try {
    const canvas = document.createElement('canvas');
    canvas.width = video.v.videoWidth;
    canvas.height = video.v.videoHeight;
    canvas.getContext('2d')!.drawImage(video.v, 0, 0);
    return { kind: 'frame', dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height, currentTime };
  } catch {
    return {
      kind: 'rect',
      rect,
      reason: 'This site does not let extensions read the video’s pixels, so the frame was taken from a screenshot of the video.',
      currentTime,
    };
  }
}
