/** What extension pages are told about the connection (validated on receipt). */
import { z } from 'zod';
import { serializedSumeErrorSchema } from '../api/errors';
import { accountStateSchema } from '../storage';

export const accountViewSchema = z.object({
  baseUrl: z.string(),
  /** A key is stored; only its masked form ever leaves the background. */
  hasKey: z.boolean(),
  maskedKey: z.string().optional(),
  state: accountStateSchema.nullable(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const connectRequestSchema = z.object({
  baseUrl: z.string().max(2048),
  /** Omitted to keep the stored key (e.g. when only the base URL changes). */
  apiKey: z.string().max(512).optional(),
});
export type ConnectRequest = z.infer<typeof connectRequestSchema>;

export const connectResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), view: accountViewSchema }),
  z.object({ ok: z.literal(false), error: serializedSumeErrorSchema }),
]);
export type ConnectResult = z.infer<typeof connectResultSchema>;
