/**
 * Reading a stored item through its schema. A value that does not fit is never used as if it did:
 * the fallback is read instead, and the value is set aside and reported (quarantine.ts), so what a
 * bug or a foreign write left there can still be looked at instead of vanishing.
 */
import type { z } from 'zod';
import { schemaFailure, setAside } from './quarantine';

export interface ReadableItem<T> {
  key: string;
  getValue(): Promise<unknown>;
  fallback: T;
}

export async function readValid<T>(item: ReadableItem<T>, schema: z.ZodType<T>): Promise<T> {
  const stored = await item.getValue();
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  await setAside(item.key, stored, schemaFailure(parsed.error));
  return item.fallback;
}
