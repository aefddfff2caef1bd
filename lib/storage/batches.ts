/**
 * The open batch questions, by one-time token (lib/background/register-batches.ts): which tab's
 * select mode asked, for which reels, and the window that asks. Session storage: it outlives a
 * stopped worker while the window is open, and is never written to disk.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { reelDescriptionSchema } from '../captures/reel-description';

export const batchRequestSchema = z.object({
  token: z.string(),
  tabId: z.number().int(),
  frameId: z.number().int(),
  /** Canonical reel URLs, in the order they were ticked. */
  urls: z.array(z.string()),
  /** What each tile showed (its poster), by canonical URL: the page's, checked as it came in. */
  reels: z.record(z.string(), reelDescriptionSchema),
  /** The grid's address (host and path), never the page's words. */
  page: z.string(),
  windowId: z.number().int().optional(),
  createdAt: z.number(),
});
export type BatchRequest = z.infer<typeof batchRequestSchema>;

export const batchRequestsItem = storage.defineItem<Record<string, unknown>>('session:batchRequests', { fallback: {} });

/** What was stored and still fits the schema. */
export function parseBatchRequests(value: unknown): Record<string, BatchRequest> {
  const parsed = z.record(z.string(), batchRequestSchema).safeParse(value);
  return parsed.success ? parsed.data : {};
}
