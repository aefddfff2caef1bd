/**
 * Runs the outbox and the job tracker in the background on the wake loop (wake-loop.ts): one pass
 * at a time, then asleep until the next thing is due. When nothing is queued or running it
 * schedules nothing and makes no requests.
 */
import { setActiveCount } from '../browser/badge';
import { showNotification } from '../browser/notifications';
import { capturePhase, type CaptureRecord } from '../captures/capture-record';
import { readCaptures } from '../captures/capture-store';
import { reported } from '../diagnostics/report';
import { t, tn } from '../i18n/t';
import { captureLabel } from '../captures/capture-name';
import { nextPollTime } from '../jobs/job-tracker';
import { nextWakeAt } from '../outbox/outbox';
import { deliverDue } from './deliver-captures';
import { pollDue } from './poll-jobs';
import { createWakeLoop } from './wake-loop';
import { currentClient } from './sume-client';

export const WAKE_ALARM = 'sume-capture-wake';

async function refreshBadge(): Promise<void> {
  const records = await readCaptures();
  const active = records.filter((r) => ['queued', 'sending', 'analyzing'].includes(capturePhase(r))).length;
  await setActiveCount(active).catch(reported('worker', 'Updating the toolbar badge'));
}

/** Completions are grouped into one notification; failures are always told, one by one. */
async function notifyFinished(finished: CaptureRecord[]): Promise<void> {
  const done = finished.filter((r) => capturePhase(r) === 'done');
  const failed = finished.filter((r) => capturePhase(r) === 'failed');
  if (done.length === 1 && done[0])
    await showNotification(done[0].id, t('background_analysisReadyTitle'), t('background_analysisReadyBody', { capture: captureLabel(done[0]) }));
  else if (done.length > 1) await showNotification('all', tn('background_analysesReadyTitle', done.length), t('background_analysesReadyBody'));
  for (const record of failed) {
    const reason = record.job?.error?.message ?? record.error?.message ?? t('background_analysisFailedUnknown');
    await showNotification(record.id, t('background_analysisFailedTitle'), t('background_analysisFailedBody', { capture: captureLabel(record), reason }));
  }
}

export function createCaptureRunner(now: () => number = Date.now) {
  /** One pass: send what is due, poll what is due; then when the next of either is due. */
  async function pass(): Promise<number | undefined> {
    const client = await currentClient();
    if (client) {
      const { failed } = await deliverDue(client, now);
      const { finished } = await pollDue(client, now);
      await notifyFinished([...failed, ...finished]).catch(reported('capture', 'Telling the user an analysis finished'));
    }
    await refreshBadge();
    const records = await readCaptures();
    const next = [nextWakeAt(records, now()), nextPollTime(records.map((r) => r.job))].filter((t): t is number => t !== undefined);
    return next.length === 0 ? undefined : Math.min(...next);
  }

  // ui-literal: not user-facing (what the loop does, for the diagnostics log)
  const loop = createWakeLoop({ alarm: WAKE_ALARM, area: 'capture', doing: 'Sending captures and following their analyses', pass, now });
  return { kick: loop.kick, owns: loop.owns, refreshBadge };
}

export type CaptureRunner = ReturnType<typeof createCaptureRunner>;
