/**
 * The video the person is watching in each tab, as that tab's content script last reported it and
 * the background checked it (lib/background/register-active-videos.ts): what the side panel
 * follows. In `storage.session`, which only the extension's own pages and background can read (not
 * content scripts, so no page can learn what another tab shows) and which the browser empties when
 * it quits. One key per tab, so two tabs reporting at once never overwrite each other.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { reelDescriptionSchema } from '../captures/reel-description';

export const activeVideoSchema = z.object({
  /** The canonical URL (lib/platforms), never the page's own text for it. */
  url: z.string().max(2048),
  /** What the page says about it: shown as the page's words, beside the URL. */
  reel: reelDescriptionSchema,
  /** Bound by page structure, not the site's documented markup (the popup's and button's "is this the one?"). */
  unverified: z.boolean(),
  /** When the tab reported it (ms since the epoch). */
  at: z.number(),
});
export type ActiveVideo = z.infer<typeof activeVideoSchema>;

/**
 * Null: the tab reported no video on screen (or nothing yet). No version: session storage empties
 * when the browser quits, so no value of an older shape can ever be read back.
 */
export const activeVideoItem = (tabId: number) => storage.defineItem<ActiveVideo | null>(`session:activeVideo.${tabId}`, { fallback: null });

/** What was stored, if it still fits the schema; anything else reads as "no video". */
export function parseActiveVideo(value: unknown): ActiveVideo | null {
  const parsed = activeVideoSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
