/**
 * Stored values that failed their schema are set aside here instead of being dropped: a bug or a
 * foreign write must not make a capture or an upload vanish without a trace. They stay in this
 * extension's own storage (they may hold anything the original held, so they are never put in a
 * report); the diagnostics log says that something was set aside, where from, and why.
 */
import { oneAtATime } from './one-at-a-time';
import { storage } from 'wxt/utils/storage';
import { report } from '../diagnostics/report';

/** Why a value failed its schema, for people: `path: message` per issue. */
export function schemaFailure(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export interface SetAside {
  /** Where the value was: the storage key, and the record id for a record in a list. */
  from: string;
  value: unknown;
  reason: string;
  at: number;
}

/** Enough to recover from a bad release; old entries give way to new ones. */
const MAX_SET_ASIDE = 50;

export const quarantineItem = storage.defineItem<SetAside[]>('local:quarantine', { fallback: [], version: 1 });

const serial = oneAtATime();

export function setAside(from: string, value: unknown, reason: string, now = Date.now()): Promise<void> {
  return serial(async () => {
    const kept = await quarantineItem.getValue();
    const list = Array.isArray(kept) ? kept : [];
    await quarantineItem.setValue([...list, { from, value, reason: reason.slice(0, 500), at: now }].slice(-MAX_SET_ASIDE));
    // ui-literal: not user-facing (a diagnostics log line, for support)
    await report({
      level: 'warn',
      area: 'storage',
      message: `A stored value did not fit its schema and was set aside: ${from} (${reason.slice(0, 160)})`,
      code: 'set_aside',
    });
  });
}
