/**
 * Runs the outbox and the job tracker in the background: one pass at a time, then sleeps until
 * the next thing is due (a timer while the worker lives, an alarm that survives it). When nothing
 * is queued or running it schedules nothing and makes no requests.
 */
import { browser } from 'wxt/browser';
import { setActiveCount } from '../browser/badge';
import { showNotification } from '../browser/notifications';
import type { CaptureState } from '../in-page/capture-state';
import { capturePhase, type CaptureRecord } from '../captures/capture-record';
import { readCaptures } from '../captures/capture-store';
import { describeReel } from '../platforms/registry';
import { nextPollTime } from '../jobs/job-tracker';
import { nextWakeAt } from '../outbox/outbox';
import { deliverDue } from './deliver-captures';
import { pollDue } from './poll-jobs';
import { publishCaptureStates } from './register-capture-states';
import { currentClient } from './sume-client';

export const WAKE_ALARM = 'sume-capture-wake';

const STATUS_OF_PHASE = { queued: 'queued', sending: 'sending', analyzing: 'analyzing', done: 'done', failed: 'failed' } as const;

export function captureStateOf(record: CaptureRecord): CaptureState {
  const phase = capturePhase(record);
  const error = record.error ?? (record.job?.error ? { message: record.job.error.message } : undefined);
  return {
    status: STATUS_OF_PHASE[phase],
    captureId: record.id,
    updatedAt: record.updatedAt,
    ...(phase === 'failed' && error?.message ? { message: error.message } : {}),
    ...(phase === 'failed' ? { retry: record.status === 'failed' ? ('first' as const) : ('again' as const) } : {}),
  };
}

async function refreshBadge(): Promise<void> {
  const records = await readCaptures();
  const active = records.filter((r) => ['queued', 'sending', 'analyzing'].includes(capturePhase(r))).length;
  await setActiveCount(active).catch(() => undefined);
}

/** Completions are grouped into one notification; failures are always told, one by one. */
async function notifyFinished(finished: CaptureRecord[]): Promise<void> {
  const done = finished.filter((r) => capturePhase(r) === 'done');
  const failed = finished.filter((r) => capturePhase(r) === 'failed');
  if (done.length === 1 && done[0]) await showNotification(done[0].id, 'Analysis ready', `${describeReel(done[0].url)} — click to read it.`);
  else if (done.length > 1) await showNotification('all', `${done.length} analyses are ready`, 'Click to open your captures.');
  for (const record of failed) {
    await showNotification(
      record.id,
      'Analysis failed',
      `${describeReel(record.url)}: ${record.job?.error?.message ?? record.error?.message ?? 'Sume could not analyze it.'}`,
    );
  }
}

export function createCaptureRunner(now: () => number = Date.now) {
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = (record: CaptureRecord) => void publishCaptureStates({ [record.url]: captureStateOf(record) }).catch(() => undefined);

  async function schedule(): Promise<void> {
    const records = await readCaptures();
    const next = [nextWakeAt(records), nextPollTime(records.map((r) => r.job))].filter((t): t is number => t !== undefined);
    clearTimeout(timer);
    if (next.length === 0) {
      await browser.alarms.clear(WAKE_ALARM);
      return;
    }
    const at = Math.min(...next);
    timer = setTimeout(() => void kick(), Math.max(0, at - now()));
    // Survives the worker being stopped; browsers clamp short alarms (Chrome: 30 s), the timer covers those.
    await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, now() + 1000) });
  }

  async function pass(): Promise<void> {
    const client = await currentClient();
    if (client) {
      const { failed } = await deliverDue(client, now, publish);
      const { finished } = await pollDue(client, now, publish);
      await notifyFinished([...failed, ...finished]).catch(() => undefined);
    }
    await refreshBadge();
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again);
      await schedule();
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return { kick, refreshBadge, publish };
}

export type CaptureRunner = ReturnType<typeof createCaptureRunner>;
