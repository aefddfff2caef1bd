/**
 * The schemas of every request a receiver accepts: the one place a message's payload is described.
 * The protocol's types (lib/messaging.ts) are inferred from these (type-only imports, so a content
 * script that sends them pays nothing for zod), and `handle()` parses every payload with them.
 */
import { z } from 'zod';
import { connectRequestSchema } from '../account/account-view';
import { BATCH_CHOICES } from '../captures/batch-plan';
import { CAPTURE_SOURCES } from '../captures/capture-record';
import { reelDescriptionSchema } from '../captures/reel-description';
import { NOTE_MAX_CHARS } from '../uploads/moment-note';
import { UPLOAD_SOURCES, uploadMetaSchema } from '../uploads/upload-record';

const reelUrl = z.string().max(2048);
const captureId = z.string().max(100);

export const urlRequest = z.object({ url: reelUrl });
export const captureIdRequest = z.object({ captureId });
export const uploadIdRequest = z.object({ id: z.string().max(100) });
export const tokenRequest = z.object({ token: z.string().regex(/^[0-9a-f]{32}$/) });

export const captureReelRequest = urlRequest.extend({
  source: z.enum(CAPTURE_SOURCES),
  dontAskAgain: z.boolean().optional(),
  again: z.boolean().optional(),
  /** Wait for credits and go by itself once the balance covers it (spends nothing now). */
  saveForLater: z.boolean().optional(),
});
export const openCaptureRequest = z.object({ url: reelUrl.optional(), captureId: captureId.optional() });
export const captureStatesRequest = z.object({ urls: z.array(z.string().max(300)).max(500) });
export const activateButtonRequest = z.object({ url: reelUrl, reel: reelDescriptionSchema, unverified: z.boolean() });
/** One settled query of a search box (`box`: which one, so its newer query cancels the older). */
export const searchAssetsRequest = z.object({ q: z.string().max(500), cursor: z.string().max(500).optional(), box: z.string().min(1).max(64) });
/** The video on screen changed (url null: none now). From the page's neighbour: checked like a click. */
export const activeVideoReport = z.object({ url: reelUrl.nullable(), reel: reelDescriptionSchema.optional(), unverified: z.boolean().optional() });
export const decideConfirmationRequest = tokenRequest.extend({
  choice: z.enum(['analyze', 'analyze_again', 'save_for_later', 'open', 'cancel']),
  dontAskAgain: z.boolean().optional(),
});
export { connectRequestSchema as connectRequest };

/** Select mode's "Analyze N": the tiles a person ticked, as canonical reel URLs, in the order ticked. */
export const BATCH_MAX = 200;
export const selectModeRequest = z.object({ tabId: z.number().int().optional() });
/** Each ticked reel, with what its tile showed (a poster, from the platform's media hosts only: reel-description.ts). */
export const prepareBatchRequest = z.object({
  items: z
    .array(z.object({ url: reelUrl, reel: reelDescriptionSchema.optional() }))
    .min(1)
    .max(BATCH_MAX),
});
export const decideBatchRequest = tokenRequest.extend({
  choice: z.enum(BATCH_CHOICES),
  /** Analyze again the selected reels analyzed before (skipped unless the person asks). */
  includeAnalyzed: z.boolean(),
});

/** A file a page has already stored in IndexedDB (blob-store.ts) under `blobId`. */
export const uploadRequestItem = z.object({
  blobId: z.string().uuid(),
  filename: z.string().min(1).max(255),
  contentType: z.string().max(100),
  sizeBytes: z.number().int().nonnegative(),
  source: z.enum(UPLOAD_SOURCES),
  meta: uploadMetaSchema,
});
export const startUploadsRequest = z.object({ items: z.array(uploadRequestItem).min(1).max(100) });
export const screenshotRequest = z.object({ crop: z.enum(['page', 'video']) });
/**
 * Save a moment of the video on a tab (the side panel names the tab it follows; without one, the
 * active tab). The note is cleaned and cut to NOTE_MAX_CHARS by the background (moment-note.ts).
 */
export const saveMomentRequest = z.object({
  tabId: z.number().int().nonnegative().optional(),
  note: z
    .string()
    .max(4 * NOTE_MAX_CHARS)
    .optional(),
});
