/**
 * Where captures live: one record per capture in `local:captures`, the queue's pause beside it,
 * and the results apart in IndexedDB (lib/storage/database.ts: one can be megabytes). Every change
 * goes through `updateCaptures`, serialised, so two events in the background never overwrite each
 * other; a stored record that fails its schema is set aside and reported there, never dropped.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { capturesItem } from '../storage/captures';
import { idb, RESULTS } from '../storage/database';
import { oneAtATime } from '../storage/one-at-a-time';
import { schemaFailure, setAside } from '../storage/quarantine';
import { captureRecordSchema, type CaptureRecord } from './capture-record';

export { capturesItem, outboxPauseItem } from '../storage/captures';

/** Where results were kept before they moved to IndexedDB (read, then moved, by readResult). */
const legacyResultKey = (id: string) => `local:result:${id}` as const;

function parseRecords(raw: Record<string, unknown>): { records: CaptureRecord[]; invalid: [string, unknown, string][] } {
  const records: CaptureRecord[] = [];
  const invalid: [string, unknown, string][] = [];
  for (const [key, value] of Object.entries(raw ?? {})) {
    const parsed = captureRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else invalid.push([key, value, schemaFailure(parsed.error)]);
  }
  return { records, invalid };
}

/** Validated records; one that fails its schema is left out of view (and set aside on the next write). */
export async function readCaptures(): Promise<CaptureRecord[]> {
  return parseRecords(await capturesItem.getValue()).records;
}

const serial = oneAtATime();

/** Read-modify-write of all records, one at a time. Returns what `change` returns. */
export function updateCaptures<T>(change: (records: Map<string, CaptureRecord>) => T | Promise<T>): Promise<T> {
  return serial(async () => {
    const { records: valid, invalid } = parseRecords(await capturesItem.getValue());
    // The write below keeps only valid records: what does not fit goes aside first, with why.
    for (const [key, value, reason] of invalid) await setAside(`captures/${key}`, value, reason);
    const records = new Map(valid.map((record) => [record.id, record]));
    const result = await change(records);
    await capturesItem.setValue(Object.fromEntries(records));
    return result;
  });
}

export const storedResultSchema = z.object({ savedAt: z.number(), result: z.unknown() });
export type StoredResult = z.infer<typeof storedResultSchema>;

/** Throws what IndexedDB threw: a full disk is the caller's to tell the user (isQuotaError). */
export async function saveResult(id: string, result: unknown, now = Date.now()): Promise<void> {
  await idb(RESULTS, 'readwrite', (s) => s.put({ savedAt: now, result } satisfies StoredResult, id));
}

export async function readResult(id: string): Promise<StoredResult | null> {
  const parsed = storedResultSchema.safeParse(await idb<unknown>(RESULTS, 'readonly', (s) => s.get(id)));
  if (parsed.success) return parsed.data;
  // Saved by an earlier version in storage.local: moved on first read.
  const legacy = storedResultSchema.safeParse(await storage.getItem(legacyResultKey(id)));
  if (!legacy.success) return null;
  await saveResult(id, legacy.data.result, legacy.data.savedAt);
  await storage.removeItem(legacyResultKey(id));
  return legacy.data;
}

export async function removeResult(id: string): Promise<void> {
  await idb(RESULTS, 'readwrite', (s) => s.delete(id));
  await storage.removeItem(legacyResultKey(id));
}
