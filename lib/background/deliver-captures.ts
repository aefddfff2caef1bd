/**
 * Delivers due outbox items: resolve short links, POST /reference-analysis with the item's own
 * idempotency key, then hand the job to the tracker. Errors retrying cannot fix stop the item (and
 * pause the queue when the account is the problem).
 */
import { serializeFailure, SumeApiError } from '../api/errors';
import type { SumeClient } from '../api/client';
import type { CaptureRecord } from '../captures/capture-record';
import { outboxPauseItem, updateCaptures } from '../captures/capture-store';
import { report, reported, reportError } from '../diagnostics/report';
import { t } from '../i18n/t';
import { describeReel } from '../platforms/registry';
import { lastRequiredCreditsItem } from '../storage/captures';
import { startTracking } from '../jobs/job-tracker';
import { dueItems, holdForRateLimit, markDelivered, markFailedAttempt, markSending, type PauseReason } from '../outbox/outbox';
import { parseReferenceUrl } from '../platforms';
import { keepBalance } from '../storage/account';

/**
 * After a spend, the balance the popup and the question show is Sume's own, read again — never
 * the cached one minus the price (a lost answer and a retry would take the price off twice).
 */
async function refreshBalance(client: SumeClient): Promise<void> {
  const credits = await client.credits();
  if (credits.remaining_credits !== undefined) await keepBalance(credits.remaining_credits);
}

/** Short links name no video until followed; follow the redirect, then parse where it lands. */
async function resolveUrl(url: string): Promise<string> {
  const parsed = parseReferenceUrl(url);
  if (!parsed.ok) throw new SumeApiError({ kind: 'http', code: 'unsupported_url', message: parsed.reason });
  if (parsed.kind !== 'short_link') return parsed.canonicalUrl;
  let landed: string;
  try {
    landed = (await fetch(parsed.canonicalUrl, { credentials: 'omit', redirect: 'follow' })).url;
  } catch {
    throw new SumeApiError({ kind: 'network', code: 'network_error', message: t('background_shortLinkUnreachable') });
  }
  const target = parseReferenceUrl(landed);
  if (!target.ok || target.kind === 'short_link') {
    throw new SumeApiError({ kind: 'http', code: 'unsupported_url', message: t('background_shortLinkNotReel') });
  }
  return target.canonicalUrl;
}

export async function deliverDue(client: SumeClient, now: () => number): Promise<{ pausedBy: PauseReason | null; failed: CaptureRecord[] }> {
  const pause = await outboxPauseItem.getValue();
  const failed: CaptureRecord[] = [];
  const due = await updateCaptures((records) => dueItems([...records.values()], now(), pause).map((r) => r.id));
  for (const id of due) {
    const sending = await updateCaptures((records) => {
      const record = records.get(id);
      if (!record || (record.status !== 'pending' && record.status !== 'waiting_retry')) return null;
      const next = markSending(record, now());
      records.set(id, next);
      return next;
    });
    if (!sending) continue;
    try {
      const url = await resolveUrl(sending.url);
      const created = await client.createReferenceAnalysis({ url, idempotencyKey: sending.idempotencyKey });
      if (created.requiredCredits !== undefined) await lastRequiredCreditsItem.setValue(created.requiredCredits);
      // ui-literal: not user-facing (a diagnostics log line, for support)
      await report({ level: 'info', area: 'capture', message: `Sent for analysis: ${describeReel(url)} (job ${created.jobId})` });
      void refreshBalance(client).catch(reported('account', 'Reading the balance after an analysis was started'));
      await updateCaptures((records) => {
        const record = records.get(id) ?? sending;
        const next: CaptureRecord = { ...markDelivered({ ...record, url }, created, now()), job: startTracking(created.jobId, created.status, now()) };
        records.set(id, next);
        return next;
      });
    } catch (error) {
      await reportError('capture', 'Sending a capture to Sume', error);
      const { item, pause: pausedBy } = await updateCaptures((records) => {
        const outcome = markFailedAttempt(records.get(id) ?? sending, serializeFailure(error, 'unexpected_error', t('background_sendFailed')), now());
        records.set(id, outcome.item);
        return outcome;
      });
      if (item.status === 'failed') failed.push(item);
      // Too many requests: everything still to send waits as long as Sume said, and this pass ends.
      if (item.error?.status === 429 && item.nextAttemptAt !== undefined) {
        const until = item.nextAttemptAt;
        await updateCaptures((records) => {
          for (const held of holdForRateLimit([...records.values()], until, now())) records.set(held.id, held);
        });
        return { pausedBy: null, failed };
      }
      if (pausedBy) {
        await outboxPauseItem.setValue(pausedBy);
        // Sume said there are too few credits: the balance shown says so too, and a top-up is noticed.
        if (pausedBy === 'insufficient_credits') void refreshBalance(client).catch(reported('account', 'Reading the balance after a refusal for credits'));
        return { pausedBy, failed };
      }
    }
  }
  return { pausedBy: null, failed };
}
