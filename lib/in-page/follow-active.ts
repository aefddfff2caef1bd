/**
 * Tells the background which video the person is watching, each time that changes: what the side
 * panel follows. The question "which one?" (the controller's activeItem: the most visible of the
 * bound videos) is asked once the page has settled, SETTLE_MS after the last scroll, DOM batch or
 * address change, never per scroll event; and a report is sent only when the answer differs from
 * the last one. A hidden tab reports nothing, and reports afresh when it is shown again.
 */
import type { VideoItem } from './adapter';

/** A scroll snapping to the next video ends within this; the panel should follow within a second. */
export const SETTLE_MS = 150;

export interface ActiveReport {
  url: string | null;
  reel?: { creator?: string; caption?: string; poster?: string };
  unverified?: boolean;
}

export function followActiveVideo(
  pick: () => VideoItem | null,
  describeItem: (item: VideoItem) => ActiveReport['reel'],
  send: (report: ActiveReport) => void,
  signal: AbortSignal,
): { schedule(): void } {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    timer = undefined;
    if (signal.aborted || document.visibilityState !== 'visible') return;
    const item = pick();
    const next: ActiveReport = item ? { url: item.url, reel: describeItem(item), unverified: item.unverified === true } : { url: null };
    const key = JSON.stringify(next);
    if (key === last) return;
    last = key;
    send(next);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(report, SETTLE_MS);
  };
  document.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      last = undefined;
      schedule();
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return { schedule };
}
