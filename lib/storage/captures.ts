/**
 * The capture records and what goes with them in `storage.local`. Records are read and written
 * through lib/captures/capture-store.ts (validated, serialised, invalid ones set aside); results
 * live in IndexedDB (database.ts).
 */
import { storage } from 'wxt/utils/storage';
import type { PauseReason } from '../retry/retry';

/** One record per capture, by id (lib/captures/capture-record.ts). */
export const capturesItem = storage.defineItem<Record<string, unknown>>('local:captures', { fallback: {}, version: 1 });

/** Why the queue stopped sending (no credits, a refused key), until the user or Sume lifts it. */
export const outboxPauseItem = storage.defineItem<PauseReason | null>('local:outboxPause', { fallback: null, version: 1 });

/** The last required_credits Sume named, shown when asking before the next analysis. */
export const lastRequiredCreditsItem = storage.defineItem<number | null>('local:lastRequiredCredits', { fallback: null, version: 1 });
