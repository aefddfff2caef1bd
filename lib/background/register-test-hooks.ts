import { updateCaptures } from '../captures/capture-store';
import type { CaptureRecord } from '../captures/capture-record';
import type { CapturePhase } from '../captures/phase';
import { settingsAskedFrom } from './register-capture-states';
import { handleCommand, handleMenuClick } from './register-menu-and-shortcut';
import type { registerUploads } from './register-uploads';
import type { registerOmnibox } from './omnibox';
import type { registerBatches } from './register-batches';
import type { registerMoments } from './register-moments';

interface TestState {
  status: CapturePhase;
  message?: string;
  requestId?: string;
  captureId?: string;
}

/** A capture record that reads as `state.status` (the tests' way to put a reel in a state). */
function recordIn(url: string, state: TestState, now: number): CaptureRecord {
  const { status: phase, message, requestId } = state;
  const base: CaptureRecord = {
    id: state.captureId ?? `test-${crypto.randomUUID()}`,
    url,
    source: 'button',
    idempotencyKey: crypto.randomUUID(),
    status: 'pending',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
  };
  const job = (status: 'running' | 'completed') => ({
    id: `job_test_${base.id}`,
    status,
    since: now,
    polls: 1,
    nextPollAt: now + 3_600_000,
    ...(status === 'completed' ? { finishedAt: now, notified: true } : {}),
  });
  switch (phase) {
    case 'queued':
      return { ...base, status: 'waiting_retry', nextAttemptAt: now + 3_600_000 };
    case 'sending':
      return { ...base, status: 'sending', attempts: 1 };
    case 'analyzing':
      return { ...base, status: 'delivered', jobId: job('running').id, job: job('running') };
    case 'done':
      return { ...base, status: 'delivered', jobId: job('completed').id, job: job('completed') };
    case 'failed':
      return {
        ...base,
        status: 'failed',
        error: { kind: 'http', status: 422, code: 'test_failure', message: message ?? 'Failed.', ...(requestId ? { requestId } : {}) },
      };
  }
}

/** Puts reels in the given states by writing capture records (null removes a reel's captures). */
async function setCaptureStates(changes: Record<string, TestState | null>): Promise<void> {
  await updateCaptures((records) => {
    for (const [url, state] of Object.entries(changes)) {
      for (const [id, record] of records) if (record.url === url) records.delete(id);
      if (state) {
        const record = recordIn(url, state, Date.now());
        records.set(record.id, record);
      }
    }
  });
}

/**
 * Hooks for the browser tests, reached with `serviceWorker.evaluate(...)`. Only the e2e build
 * (`wxt build --mode e2e`) calls this; `npm test` checks release builds do not contain it.
 */
export function registerTestHooks({
  uploads,
  omnibox,
  batches,
  moments,
}: {
  uploads: ReturnType<typeof registerUploads>;
  omnibox: ReturnType<typeof registerOmnibox>;
  batches: ReturnType<typeof registerBatches>;
  moments: ReturnType<typeof registerMoments>;
}): void {
  const { captureMedia, uploadFromMenu, driver } = uploads;
  Object.assign(globalThis, {
    __sumeTest: {
      setCaptureStates,
      handleMenuClick,
      handleCommand,
      /** The right-click menu's "Select videos on this grid" and "Save a moment of this video". */
      batchMenuClick: batches.handleMenuClick,
      momentMenuClick: moments.handleMenuClick,
      captureMedia,
      uploadFromMenu,
      kickUploads: driver.kick,
      /** What the address bar would suggest for `sume <text>` (its own UI cannot be driven). */
      omniboxSuggest: omnibox.suggest,
      /** How many times a content script on `url` asked for its settings (it has started and looked). */
      settingsAsked: (url: string) => settingsAskedFrom.filter((from) => from === url).length,
    },
  });
}
