/**
 * The state of one reel's capture as the in-page button shows it. The background publishes these
 * (keyed by canonical URL); content scripts only display them. zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';

export const CAPTURE_STATUSES = ['ready', 'sending', 'queued', 'analyzing', 'done', 'failed', 'captured'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

export const captureStateSchema = z.object({
  status: z.enum(CAPTURE_STATUSES),
  /** For people: why it failed, or what is happening. Never holds secrets (redacted upstream). */
  message: z.optional(z.string().check(z.maxLength(500))),
  requestId: z.optional(z.string().check(z.maxLength(100))),
  /** The capture this state belongs to, so "open" and "retry" can name it. */
  captureId: z.optional(z.string().check(z.maxLength(100))),
  updatedAt: z.number(),
});
export type CaptureState = z.infer<typeof captureStateSchema>;

/** A batch of changes: a null state means "forget it" (back to ready). */
export const captureStatesSchema = z.record(z.string().check(z.maxLength(300)), z.nullable(captureStateSchema));
export type CaptureStates = z.infer<typeof captureStatesSchema>;

export const contentSettingsSchema = z.object({
  buttons: z.object({ tiktok: z.boolean(), instagram: z.boolean() }),
});
export type ContentSettings = z.infer<typeof contentSettingsSchema>;

export const captureStateRequestSchema = z.object({
  urls: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500)),
});
