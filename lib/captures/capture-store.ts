/**
 * Where captures live: one record per capture in `local:captures`, the result payloads apart
 * (`local:result:<id>`, they can be large), and the queue's pause. Every change goes through
 * `updateCaptures`, serialised, so two events in the background never overwrite each other.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { PauseReason } from '../outbox/outbox';
import { captureRecordSchema, type CaptureRecord } from './capture-record';

export const capturesItem = storage.defineItem<Record<string, unknown>>('local:captures', { fallback: {}, version: 1 });
export const outboxPauseItem = storage.defineItem<PauseReason | null>('local:outboxPause', { fallback: null, version: 1 });

const resultKey = (id: string) => `local:result:${id}` as const;

/** Validated records; a corrupt one is dropped from view rather than breaking the list. */
export async function readCaptures(): Promise<CaptureRecord[]> {
  const raw = await capturesItem.getValue();
  return Object.values(raw).flatMap((value) => {
    const parsed = captureRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

let lock: Promise<unknown> = Promise.resolve();

/** Read-modify-write of all records, one at a time. Returns what `change` returns. */
export function updateCaptures<T>(change: (records: Map<string, CaptureRecord>) => T | Promise<T>): Promise<T> {
  const run = lock.then(async () => {
    const records = new Map((await readCaptures()).map((record) => [record.id, record]));
    const result = await change(records);
    await capturesItem.setValue(Object.fromEntries(records));
    return result;
  });
  lock = run.catch(() => undefined);
  return run;
}

export async function saveResult(id: string, result: unknown): Promise<void> {
  await storage.setItem(resultKey(id), { savedAt: Date.now(), result });
}

export const storedResultSchema = z.object({ savedAt: z.number(), result: z.unknown() });

export async function readResult(id: string): Promise<z.infer<typeof storedResultSchema> | null> {
  const parsed = storedResultSchema.safeParse(await storage.getItem(resultKey(id)));
  return parsed.success ? parsed.data : null;
}

export async function removeResult(id: string): Promise<void> {
  await storage.removeItem(resultKey(id));
}
