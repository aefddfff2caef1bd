/**
 * One upload into the Asset Library, from the bytes being kept to the asset being created. The
 * bytes and this record live in IndexedDB (blob-store.ts, upload-store.ts); the record says where
 * the upload is. The signed URL itself is a credential: the upload driver holds it in memory only
 * (lib/background/upload-driver.ts), never here; the storage key stays here only until the asset
 * is created.
 */
import { z } from 'zod';
import { serializedSumeErrorSchema } from '../api/errors';
import { PLATFORM_IDS } from '../platforms/registry';
import { trackedJobSchema } from '../captures/capture-record';
import { NOTE_MAX_CHARS } from './moment-note';
import { THUMBNAIL_MAX_CHARS, THUMBNAIL_PREFIX } from './thumbnail';

/** `moment`: a frame of a reel kept with its timecode and a note (lib/uploads/moment.ts). */
export const UPLOAD_SOURCES = ['file', 'screenshot', 'frame', 'image', 'video', 'moment'] as const;
export type UploadSource = (typeof UPLOAD_SOURCES)[number];

export const uploadMetaSchema = z.object({
  title: z.string().max(300).optional(),
  pageUrl: z.string().max(2048).optional(),
  platform: z.enum(PLATFORM_IDS).optional(),
  /** The canonical reel URL the capture comes from, when known. */
  reelUrl: z.string().max(300).optional(),
  /** Where in the video a frame was taken. */
  videoTimeSeconds: z.number().nonnegative().optional(),
  /** Who posted the video, as the page names them (page text: cleaned, and only ever shown as text). */
  creator: z.string().max(80).optional(),
  /** A moment's note, typed in the extension's own surface and cleaned (moment.ts `cleanNote`). */
  note: z.string().max(NOTE_MAX_CHARS).optional(),
});
export type UploadMeta = z.infer<typeof uploadMetaSchema>;

export const UPLOAD_STEPS = ['presign', 'put', 'finalize', 'done'] as const;
export type UploadStep = (typeof UPLOAD_STEPS)[number];

export const uploadRecordSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  source: z.enum(UPLOAD_SOURCES),
  meta: uploadMetaSchema,
  /** The next thing to do; `done` once the asset exists. */
  step: z.enum(UPLOAD_STEPS),
  status: z.enum(['active', 'waiting_retry', 'done', 'failed', 'canceled']),
  /** Idempotency keys, one per create call, fixed for the upload's life (presign adds its count). */
  presignKey: z.string(),
  finalizeKey: z.string(),
  /** How many signed URLs this upload asked for: a new one (new key) after each expiry. */
  presigns: z.number().int().nonnegative(),
  /** The uploader holds the PUT until then (refreshed with progress), so no one starts a second. */
  leaseUntil: z.number().optional(),
  storageKey: z.string().optional(),
  urlExpiresAt: z.number().optional(),
  /** When the current signed URL was issued: its lifetime sets how close to expiry is too close. */
  urlIssuedAt: z.number().optional(),
  bytesSent: z.number().int().nonnegative(),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number().optional(),
  error: serializedSumeErrorSchema.optional(),
  assetId: z.string().optional(),
  /** [A] The asset's page in Sume, when the finalize answer gives one (`app_url`): where a moment opens. */
  assetUrl: z.string().max(2048).optional(),
  ingestJobId: z.string().optional(),
  /** Sume's ingest of the new asset, followed by the job tracker until it is searchable. */
  ingest: trackedJobSchema.optional(),
  /** A small JPEG of an image upload, as a data URL (thumbnail.ts); nothing for videos. */
  thumbnail: z.string().startsWith(THUMBNAIL_PREFIX).max(THUMBNAIL_MAX_CHARS).optional(),
  /** Uploads started together (files chosen at once) share one: how they ended is told in one notification. */
  batchId: z.string().optional(),
  /**
   * Set from the start until the user has been told how the upload ended (upload-batches.ts); a
   * retry sets it again. Records from before batches never had it, so they are never told twice.
   */
  outcomeUntold: z.literal(true).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type UploadRecord = z.infer<typeof uploadRecordSchema>;
