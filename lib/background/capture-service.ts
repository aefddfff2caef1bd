/**
 * The rules every way of starting a capture shares (button, popup, menu, shortcut): whether it may
 * be sent at all, whether the person must be asked first, and enqueueing it once — a second request
 * for a reel already on its way is the same capture, and only an explicit "Analyze again" spends
 * again on a finished one. A capture is persisted before any network call; the runner delivers it.
 */
import { sumeAppUrl } from '../api/app-links';
import type { SerializedSumeError } from '../api/errors';
import { capturePhase, type BatchTag, type CaptureRecord, type CapturePhase } from '../captures/capture-record';
import { outboxPauseItem, readCaptures, updateCaptures } from '../captures/capture-store';
import { creditsSpentInWindow, isInFlight, reasonToAsk, type AskReason } from '../captures/spending';
import type { ReelDescription } from '../captures/reel-description';
import type { CapturePreparation, CaptureStarted, ConfirmationDetails } from '../messaging';
import { createOutboxItem, retryItem, type PauseReason } from '../outbox/outbox';
import { parseReferenceUrl } from '../platforms';
import { readAccountState, readApiKey, readSettings } from '../storage';
import type { CaptureRunner } from './capture-runner';
import { lastRequiredCreditsItem } from '../storage/captures';
import { currentClient } from './sume-client';
import { reported, reportError } from '../diagnostics/report';
import { keepBalance } from '../storage/account';
import type { CreditsWait } from './credits-wait';
import { t } from '../i18n/t';
import { referenceKey } from '../platforms/reference-key';

/** How long the person waits for Sume's balance before the last known figure is shown instead. */
const BALANCE_TIMEOUT_MS = 3_000;

const unsupported = (message: string): SerializedSumeError => ({ kind: 'http', code: 'unsupported_url', message });

/** Nothing can be sent before an API key is set. */
export function noKeyError(): SerializedSumeError {
  return { kind: 'http', code: 'no_api_key', message: t('background_noApiKey') };
}

/** Why nothing can be sent while the queue is paused, and what fixes it. */
export function pauseError(reason: PauseReason): SerializedSumeError {
  switch (reason) {
    case 'unauthorized':
      return { kind: 'http', status: 401, code: 'unauthorized', message: t('background_keyRefused') };
    case 'forbidden':
      return { kind: 'http', status: 403, code: 'forbidden', message: t('background_keyForbidden') };
    case 'insufficient_credits':
      return { kind: 'http', status: 402, code: 'insufficient_credits', message: t('background_notEnoughCredits') };
  }
}

/** The latest capture of a reel (by platform and id, whatever handle its link had), to offer "Open result" instead of spending again. */
export function latestFor(records: readonly CaptureRecord[], url: string): CaptureRecord | undefined {
  const key = referenceKey(url);
  return records.filter((r) => referenceKey(r.url) === key).sort((a, b) => b.createdAt - a.createdAt)[0];
}

export interface EnqueueOptions {
  again?: boolean;
  saveForLater?: boolean;
  reel?: ReelDescription;
  batch?: BatchTag;
}

/** What the person is told before deciding: the balance, the price, what happened to this reel before. */
export interface SpendContext {
  url: string;
  previous?: { captureId: string; phase: CapturePhase };
  remainingCredits?: number;
  requiredCredits?: number;
  spentInWindow: number;
  limitPerHour: number;
  confirmSetting: boolean;
  /** Sume's page for buying credits, on the configured Sume. */
  topUpUrl: string;
}

export function createCaptureService(runner: CaptureRunner, creditsWait: CreditsWait, now: () => number = Date.now) {
  /**
   * The queue stopped for lack of credits; the user asking again is the moment to look: after a
   * top-up the pause lifts (and what waited goes). A refused key waits for a new key instead.
   */
  async function pauseLifted(pause: PauseReason, required: number | null): Promise<boolean> {
    if (pause !== 'insufficient_credits') return false;
    const credits = await (await currentClient())?.credits().catch((error: unknown) => void reportError('account', 'Reading the balance after a pause', error));
    const remaining = credits?.remaining_credits;
    if (remaining === undefined || remaining < (required ?? 1)) return false;
    await outboxPauseItem.setValue(null);
    void runner.kick();
    return true;
  }

  /**
   * Whether anything can be sent now; the reason and its fix when not. A queue paused for credits
   * does not block asking: the question shows the balance, and offers to save the reel for later.
   */
  async function blocker(): Promise<SerializedSumeError | null> {
    const [apiKey, pause, required] = await Promise.all([readApiKey(), outboxPauseItem.getValue(), lastRequiredCreditsItem.getValue()]);
    if (!apiKey) return noKeyError();
    if (pause && !(await pauseLifted(pause, required)) && pause !== 'insufficient_credits') return pauseError(pause);
    return null;
  }

  async function spendContext(url: string): Promise<SpendContext> {
    const [settings, account, required, records] = await Promise.all([readSettings(), readAccountState(), lastRequiredCreditsItem.getValue(), readCaptures()]);
    const previous = latestFor(records, url);
    const remaining = account?.account?.remainingCredits;
    return {
      url,
      ...(previous ? { previous: { captureId: previous.id, phase: capturePhase(previous) } } : {}),
      ...(remaining !== undefined ? { remainingCredits: remaining } : {}),
      ...(required !== null ? { requiredCredits: required } : {}),
      spentInWindow: creditsSpentInWindow(records, now(), required),
      limitPerHour: settings.spendingLimitPerHour,
      confirmSetting: settings.confirmBeforeAnalyzing,
      topUpUrl: sumeAppUrl('billing', settings.baseUrl),
    };
  }

  /** Null when a click may send this reel at once; otherwise why the person is asked first. */
  function askReason(context: SpendContext, unverified: boolean): AskReason | null {
    return reasonToAsk({
      confirmSetting: context.confirmSetting,
      previous: context.previous?.phase,
      unverified,
      spentInWindow: context.spentInWindow,
      price: context.requiredCredits ?? 1,
      limitPerHour: context.limitPerHour,
      remaining: context.remainingCredits,
    });
  }

  /**
   * Sume's balance now, for the person deciding; undefined when Sume does not answer in time. It is
   * kept as the account's balance too: captures saved for later go when it covers them.
   */
  async function balanceNow(): Promise<number | undefined> {
    const client = await currentClient();
    if (!client) return undefined;
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, BALANCE_TIMEOUT_MS, undefined));
    const credits = await Promise.race([
      client.credits().catch((error: unknown) => void reportError('account', 'Reading the balance for a question', error)),
      timeout,
    ]);
    const remaining = credits?.remaining_credits;
    if (remaining !== undefined) {
      await keepBalance(remaining);
      void creditsWait.release(remaining).catch(reported('capture', 'Sending captures saved for later'));
    }
    return remaining;
  }

  /**
   * Everything the person is shown before deciding. With `freshBalance`, Sume's balance is fetched
   * first; without, the last known one is given and the caller asks for the fresh one next
   * (`balanceNow`), so the question is on screen without waiting for the network.
   */
  async function details(
    url: string,
    reel: ReelDescription,
    reason: AskReason,
    blocked: SerializedSumeError | null,
    { freshBalance }: { freshBalance: boolean },
  ): Promise<ConfirmationDetails> {
    const [context, balance] = await Promise.all([spendContext(url), blocked || !freshBalance ? undefined : balanceNow()]);
    const remaining = balance ?? context.remainingCredits;
    return {
      url,
      reel,
      reason: blocked ? 'cannot_send' : reason,
      ...(context.previous ? { previous: context.previous } : {}),
      ...(remaining !== undefined ? { remainingCredits: remaining } : {}),
      ...(context.requiredCredits !== undefined ? { requiredCredits: context.requiredCredits } : {}),
      spentInWindow: context.spentInWindow,
      limitPerHour: context.limitPerHour,
      topUpUrl: context.topUpUrl,
      ...(blocked ? { blocked } : {}),
      ...(freshBalance && balance === undefined && remaining !== undefined && !blocked ? { balanceStale: true } : {}),
    };
  }

  /** The popup's question before spending (extension pages only). */
  async function prepare(input: string): Promise<CapturePreparation> {
    const parsed = parseReferenceUrl(input);
    if (!parsed.ok) return { ok: false, error: unsupported(parsed.reason) };
    const blocked = await blocker();
    if (blocked) return { ok: false, error: blocked };
    const context = await spendContext(parsed.canonicalUrl);
    const shown = await details(parsed.canonicalUrl, {}, 'confirm_setting', null, { freshBalance: true });
    // Sume's balance as just read decides whether it is short; a short link names no video until
    // followed, so what happened to "it" before is unknown.
    const known = { ...context, remainingCredits: shown.remainingCredits };
    const reason = askReason(parsed.kind === 'short_link' ? { ...known, previous: undefined } : known, false);
    shown.reason = reason ?? 'confirm_setting';
    if (parsed.kind === 'short_link') delete shown.previous;
    return { ok: true, url: parsed.canonicalUrl, confirm: reason !== null, details: shown };
  }

  /**
   * One capture placed among the records (the caller persists them): a reel already on its way is
   * that same capture; one that never reached Sume goes again with its own key (no new credits); a
   * finished one is analyzed again only when `again` says the person chose that.
   */
  function place(
    records: Map<string, CaptureRecord>,
    canonicalUrl: string,
    source: CaptureRecord['source'],
    { again = false, saveForLater = false, reel, batch }: EnqueueOptions,
  ): { record: CaptureRecord; existing: boolean } {
    // What the page said about the reel names the capture; a later capture without it keeps the earlier one's.
    const described = reel && Object.keys(reel).length > 0 ? { reel } : {};
    const waits = { ...(saveForLater ? { waitsForCredits: true } : {}), ...described, ...(batch ? { batch } : {}) };
    const previous = latestFor([...records.values()], canonicalUrl);
    if (previous && isInFlight(previous)) return { record: previous, existing: true };
    if (previous?.status === 'failed') {
      const retried = { ...retryItem(previous, now()), ...waits };
      records.set(retried.id, retried);
      return { record: retried, existing: false };
    }
    if (previous && !again) return { record: previous, existing: true };
    const created = {
      ...createOutboxItem({ id: crypto.randomUUID(), url: canonicalUrl, source, idempotencyKey: crypto.randomUUID() }, now()),
      ...(previous?.reel ? { reel: previous.reel } : {}),
      ...waits,
    };
    records.set(created.id, created);
    return { record: created, existing: false };
  }

  /** Persists a capture and wakes the runner (or the wait for credits, when saved for later). */
  async function enqueue(input: string, source: CaptureRecord['source'], options: EnqueueOptions = {}): Promise<CaptureStarted> {
    const parsed = parseReferenceUrl(input);
    if (!parsed.ok) return { ok: false, error: unsupported(parsed.reason) };
    const { record, existing } = await updateCaptures((records) => place(records, parsed.canonicalUrl, source, options));
    if (!existing) void (options.saveForLater ? creditsWait.start() : runner.kick());
    return { ok: true, captureId: record.id, ...(existing ? { existing: true } : {}) };
  }

  /**
   * A batch, persisted in one write before anything is sent: each capture with its own key, all
   * tagged with the batch; `save` ones wait for credits. Canonical URLs only (the plan's).
   */
  async function enqueueBatch(
    batch: BatchTag,
    { send, save, again, reels }: { send: readonly string[]; save: readonly string[]; again: boolean; reels: ReadonlyMap<string, ReelDescription> },
  ): Promise<string[]> {
    const ids = await updateCaptures((records) => {
      const placed: string[] = [];
      for (const [urls, saveForLater] of [
        [send, false],
        [save, true],
      ] as const) {
        for (const url of urls) {
          const reel = reels.get(url);
          const { record, existing } = place(records, url, 'batch', { again, saveForLater, batch, ...(reel ? { reel } : {}) });
          if (!existing) placed.push(record.id);
        }
      }
      return placed;
    });
    if (save.length > 0) void creditsWait.start();
    if (send.length > 0) void runner.kick();
    return ids;
  }

  async function spending(): Promise<{ spentInWindow: number; limitPerHour: number }> {
    const [settings, required, records] = await Promise.all([readSettings(), lastRequiredCreditsItem.getValue(), readCaptures()]);
    return { spentInWindow: creditsSpentInWindow(records, now(), required), limitPerHour: settings.spendingLimitPerHour };
  }

  return {
    blocker,
    enqueueBatch,
    spending,
    spendContext,
    askReason,
    details,
    balanceNow,
    prepare,
    enqueue,
    latest: async (url: string) => latestFor(await readCaptures(), url),
  };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
