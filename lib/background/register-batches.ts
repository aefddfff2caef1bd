/**
 * Batch capture: select mode on a grid (injected on demand, entrypoints/select-mode), and the one
 * question it leads to, asked in the extension's own window (entrypoints/batch) where the page can
 * neither see nor touch it. Select mode may only say "a person ticked these reels and chose Analyze";
 * the window shows what that would spend and the person decides there. The plan is computed again
 * when they decide, from the records and Sume's balance, never from what the window showed.
 */
import { browser } from 'wxt/browser';
import { sumeAppUrl } from '../api/app-links';
import type { SerializedSumeError } from '../api/errors';
import { senderTabId, type MessageSenderLike } from '../browser/sender';
import { planBatch, splitForChoice, type BatchPlan } from '../captures/batch-plan';
import type { BatchTag } from '../captures/capture-record';
import type { ReelDescription } from '../captures/reel-description';
import { readCaptures } from '../captures/capture-store';
import { reported } from '../diagnostics/report';
import { t } from '../i18n/t';
import { sendMessage, type BatchView } from '../messaging';
import { parseReferenceUrl } from '../platforms';
import { handle } from '../protocol/handle';
import { decideBatchRequest, prepareBatchRequest, selectModeRequest, tokenRequest } from '../protocol/requests';
import { platformOfUrl } from '../platforms/registry';
import { readAccountState, readSettings } from '../storage';
import { batchRequestsItem, parseBatchRequests, type BatchRequest } from '../storage/batches';
import { oneAtATime } from '../storage/one-at-a-time';
import { oneTimeToken } from '../protocol/one-time-token';
import { lastRequiredCreditsItem } from '../storage/captures';
import { creditsSpentInWindow } from '../captures/spending';
import type { CaptureService } from './capture-service';

export const COMMAND_SELECT_VIDEOS = 'select-videos';
/** The right-click menu's item on TikTok and Instagram pages (register-menu-and-shortcut.ts creates it). */
export const MENU_SELECT_VIDEOS = 'sume-select-videos';

/** A question left open longer than this is over (the window says so, and nothing is spent). */
export const BATCH_TTL_MS = 15 * 60_000;
const WINDOW_SIZE = { width: 460, height: 640 };

const failure = (code: string, message: string): { ok: false; error: SerializedSumeError } => ({ ok: false, error: { kind: 'http', code, message } });

/** The grid's address, for naming the batch: host and path only (never a query, never page text). */
export function batchPageOf(tabUrl: string | undefined): string {
  try {
    const url = new URL(tabUrl ?? '');
    return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}`.slice(0, 300);
  } catch {
    return '';
  }
}

/** Only canonical reel URLs that name one video; anything else in the list refuses the whole request. */
function canonicalReels(urls: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const url of urls) {
    const parsed = parseReferenceUrl(url);
    if (!parsed.ok || parsed.kind === 'short_link' || parsed.canonicalUrl !== url) return null;
    out.push(url);
  }
  return out;
}

export function registerBatches(service: CaptureService, now: () => number = Date.now) {
  const serial = oneAtATime();
  /** Read-modify-write of the open questions (live ones only), one at a time. */
  function update<T>(change: (requests: Record<string, BatchRequest>) => T): Promise<T> {
    return serial(async () => {
      const requests: Record<string, BatchRequest> = {};
      for (const [token, request] of Object.entries(parseBatchRequests(await batchRequestsItem.getValue())))
        if (now() - request.createdAt < BATCH_TTL_MS) requests[token] = request;
      const result = change(requests);
      await batchRequestsItem.setValue(requests);
      return result;
    });
  }

  function tell(request: BatchRequest, outcome: 'decided' | 'cancelled', sent = 0, saved = 0): void {
    // The tab may have been closed or navigated since: then there is no select mode left to tell.
    void sendMessage('batchClosed', { outcome, sent, saved }, { tabId: request.tabId, frameId: request.frameId }).catch(() => undefined);
  }

  async function plans(urls: readonly string[], remaining: number | undefined): Promise<{ plan: BatchPlan; withAnalyzed: BatchPlan; priceKnown: boolean }> {
    const [records, settings, price] = await Promise.all([readCaptures(), readSettings(), lastRequiredCreditsItem.getValue()]);
    const input = {
      urls,
      records,
      price: price ?? 1,
      remaining,
      spentInWindow: creditsSpentInWindow(records, now(), price),
      limitPerHour: settings.spendingLimitPerHour,
    };
    return {
      plan: planBatch({ ...input, includeAnalyzed: false }),
      withAnalyzed: planBatch({ ...input, includeAnalyzed: true }),
      priceKnown: price !== null,
    };
  }

  /** The balance for the question: Sume's own now, else the last known one (said to be so). */
  async function balance(): Promise<{ remaining: number | undefined; stale: boolean }> {
    const fresh = await service.balanceNow();
    if (fresh !== undefined) return { remaining: fresh, stale: false };
    return { remaining: (await readAccountState())?.account?.remainingCredits, stale: true };
  }

  /** Select mode on the page in that tab (the active one when none is named); the person asked for it. */
  async function startSelectMode(tabId: number | undefined) {
    const [tab] =
      tabId === undefined ? await browser.tabs.query({ active: true, lastFocusedWindow: true }) : [await browser.tabs.get(tabId).catch(() => undefined)];
    if (tab?.id === undefined || platformOfUrl(tab.url) === undefined) return failure('not_a_grid', t('batch_notPlatform'));
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/select-mode.js'] });
      return { ok: true as const };
    } catch {
      return failure('page_unreachable', t('batch_pageUnreachable'));
    }
  }

  handle('startSelectMode', { from: 'page', input: selectModeRequest }, (input) => startSelectMode(input.tabId));

  handle('prepareBatch', { from: 'content', input: prepareBatchRequest }, async (input, sender: MessageSenderLike) => {
    const tabId = senderTabId(sender);
    if (tabId === null) throw new Error('No tab.');
    const urls = canonicalReels(input.items.map((item) => item.url));
    if (!urls) throw new Error('Not reel URLs.');
    const reels: Record<string, ReelDescription> = {};
    for (const item of input.items) if (item.reel && Object.keys(item.reel).length > 0) reels[item.url] = item.reel;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    const request: BatchRequest = { token: oneTimeToken(), tabId, frameId: sender.frameId ?? 0, urls, reels, page: batchPageOf(tab?.url), createdAt: now() };
    // One question per tab: a newer "Analyze" replaces an older one still open (its window closes).
    const replaced = await update((requests) => {
      const older = Object.values(requests).filter((other) => other.tabId === tabId);
      for (const other of older) delete requests[other.token];
      requests[request.token] = request;
      return older;
    });
    for (const older of replaced) if (older.windowId !== undefined) void browser.windows.remove(older.windowId).catch(() => undefined);
    const opened = await browser.windows.create({
      url: browser.runtime.getURL(`/batch.html?token=${request.token}`),
      type: 'popup',
      ...WINDOW_SIZE,
      focused: true,
    });
    if (opened?.id !== undefined) {
      const windowId = opened.id;
      await update((requests) => {
        const open = requests[request.token];
        if (open) requests[request.token] = { ...open, windowId };
      });
    }
    return { ok: true as const };
  });

  handle('openBatch', { from: 'page', input: tokenRequest }, async ({ token }): Promise<BatchView | null> => {
    const request = await update((requests) => requests[token] ?? null);
    if (!request) return null;
    const [blocked, settings, { remaining, stale }] = await Promise.all([service.blocker(), readSettings(), balance()]);
    return {
      ...(await plans(request.urls, remaining)),
      page: request.page,
      reels: request.reels,
      ...(remaining !== undefined ? { remainingCredits: remaining } : {}),
      ...(stale ? { balanceStale: true } : {}),
      topUpUrl: sumeAppUrl('billing', settings.baseUrl),
      ...(blocked ? { blocked } : {}),
    };
  });

  handle('decideBatch', { from: 'page', input: decideBatchRequest }, async ({ token, choice, includeAnalyzed }) => {
    const request = await update((requests) => {
      const open = requests[token] ?? null;
      delete requests[token];
      return open;
    });
    if (!request) return failure('confirmation_expired', t('background_questionExpired'));
    if (choice === 'cancel') {
      tell(request, 'cancelled');
      return { ok: true as const, sent: 0, saved: 0 };
    }
    const blocked = await service.blocker();
    if (blocked) {
      tell(request, 'cancelled');
      return { ok: false as const, error: blocked };
    }
    // Decided now, on what is true now: the records as they are, Sume's balance as it is.
    const { remaining } = await balance();
    const { plan, withAnalyzed } = await plans(request.urls, remaining);
    const split = splitForChoice(includeAnalyzed ? withAnalyzed : plan, choice);
    const batch: BatchTag = { id: crypto.randomUUID(), decidedAt: now(), page: request.page };
    await service.enqueueBatch(batch, { ...split, again: includeAnalyzed, reels: new Map(Object.entries(request.reels)) });
    tell(request, 'decided', split.send.length, split.save.length);
    return { ok: true as const, sent: split.send.length, saved: split.save.length };
  });

  /** The right-click menu: select mode on the page that was right-clicked. */
  function handleMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<unknown> {
    if (info.menuItemId !== MENU_SELECT_VIDEOS || tab?.id === undefined) return Promise.resolve();
    return startSelectMode(tab.id);
  }
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab).catch(reported('capture', 'Starting select mode')));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_SELECT_VIDEOS) void startSelectMode(tab?.id).catch(reported('capture', 'Starting select mode'));
  });

  // The window closed without a decision: select mode keeps the selection, and nothing is spent.
  browser.windows.onRemoved.addListener((windowId) => {
    void update((requests) => {
      const open = Object.values(requests).find((request) => request.windowId === windowId);
      if (open) delete requests[open.token];
      return open;
    })
      .then((open) => open && tell(open, 'cancelled'))
      .catch(reported('capture', 'Closing a batch question'));
  });

  return { startSelectMode, handleMenuClick };
}
