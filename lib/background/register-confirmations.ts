/**
 * The in-page button's side of the background, and the confirmation that lives where the page
 * cannot reach it. A content script may only say "a person clicked the button of this reel"; the
 * background decides whether that sends at once or must be confirmed, and in the second case issues
 * a one-time token for that tab and reel. The confirmation frame (an extension page the content
 * script frames, see lib/in-page/confirm-frame.ts) shows and acts on that token alone: a page that
 * frames our confirmation page itself, or posts it anything, has no token and gets nothing.
 */
import { z } from 'zod';
import { confirmationRequestsItem } from '../storage/confirmations';
import { oneAtATime } from '../storage/one-at-a-time';
import { oneTimeToken } from '../protocol/one-time-token';
import { senderTabId, type MessageSenderLike } from '../browser/sender';
import { CAPTURE_SOURCES, type CaptureSource } from '../captures/capture-record';
import {
  claimRequest,
  dropRequest,
  issueRequest,
  takeRequest,
  type ConfirmationRequest,
  type ConfirmationRequests,
  type Requester,
} from '../captures/confirmation-requests';
import { ASK_REASONS } from '../captures/spending';
import { sendMessage, type ConfirmationView } from '../messaging';
import { parseReferenceUrl } from '../platforms';
import { readSettings, settingsItem } from '../storage';
import type { CaptureService } from './capture-service';
import { openCapturesPage } from './register-captures';
import { handle } from '../protocol/handle';
import { t } from '../i18n/t';
import { activateButtonRequest, decideConfirmationRequest, tokenRequest } from '../protocol/requests';

const requestSchema = z.object({
  token: z.string(),
  tabId: z.number().int(),
  frameId: z.number().int(),
  url: z.string(),
  reel: z.object({ creator: z.string().optional(), caption: z.string().optional(), poster: z.string().optional() }),
  source: z.enum(CAPTURE_SOURCES),
  reason: z.enum(ASK_REASONS),
  createdAt: z.number(),
  claimedBy: z.number().int().optional(),
});

/** The menu and the shortcut ask the page's button to run its flow; its request then names them. */
const IN_PAGE_REQUEST_TTL_MS = 15_000;

function requester(sender: MessageSenderLike): Requester {
  const tabId = senderTabId(sender);
  if (tabId === null) throw new Error('No tab.');
  return { tabId, frameId: sender.frameId ?? 0 };
}

export function registerConfirmations(service: CaptureService, now: () => number = Date.now) {
  const serial = oneAtATime();
  /** Read-modify-write of the pending requests, one at a time (two frames may answer at once). */
  function update<T>(change: (requests: ConfirmationRequests) => { requests: ConfirmationRequests; result: T }): Promise<T> {
    return serial(async () => {
      const stored = z.record(z.string(), requestSchema).safeParse(await confirmationRequestsItem.getValue());
      const { requests, result } = change(stored.success ? (stored.data as ConfirmationRequests) : {});
      await confirmationRequestsItem.setValue(requests);
      return result;
    });
  }

  const inPage = new Map<string, { source: CaptureSource; until: number }>();
  /** The next click request from this tab for this reel comes from the menu or the shortcut. */
  function expectInPage(tabId: number, url: string, source: CaptureSource): void {
    inPage.set(`${tabId} ${url}`, { source, until: now() + IN_PAGE_REQUEST_TTL_MS });
  }
  function sourceOf(tabId: number, url: string): CaptureSource {
    const key = `${tabId} ${url}`;
    const expected = inPage.get(key);
    inPage.delete(key);
    return expected && expected.until > now() ? expected.source : 'button';
  }

  function closeInPage(request: ConfirmationRequest, outcome: 'sent' | 'opened' | 'cancelled'): void {
    // The tab may have been closed or navigated since: then there is nothing left to close.
    void sendMessage('confirmationClosed', { token: request.token, outcome }, { tabId: request.tabId, frameId: request.frameId }).catch(() => undefined);
  }

  handle('activateButton', { from: 'content', input: activateButtonRequest }, async (input, sender) => {
    const owner = requester(sender);
    const request = input;
    const parsed = parseReferenceUrl(request.url);
    // The button is bound to a canonical reel URL; anything else is not a click on one of ours.
    if (!parsed.ok || parsed.kind === 'short_link' || parsed.canonicalUrl !== request.url) throw new Error('Not a reel URL.');
    const source = sourceOf(owner.tabId, parsed.canonicalUrl);
    const blocked = await service.blocker();
    const reason = blocked ? 'cannot_send' : service.askReason(await service.spendContext(parsed.canonicalUrl), request.unverified);
    if (reason === null) {
      const started = await service.enqueue(parsed.canonicalUrl, source, { reel: request.reel });
      if (started.ok) return { kind: 'sent' as const };
    }
    const token = oneTimeToken();
    const pending: ConfirmationRequest = {
      token,
      ...owner,
      url: parsed.canonicalUrl,
      reel: request.reel,
      source,
      reason: reason ?? 'cannot_send',
      createdAt: now(),
    };
    await update((requests) => ({ requests: issueRequest(requests, pending, now()), result: undefined }));
    return { kind: 'confirm' as const, token };
  });

  handle('dismissConfirmation', { from: 'content', input: tokenRequest }, async (input, sender) => {
    const { token } = input;
    await update((requests) => {
      const { requests: rest } = dropRequest(requests, token, requester(sender), now());
      return { requests: rest, result: undefined };
    });
  });

  handle('openConfirmation', { from: 'confirmation', input: tokenRequest }, async (input, sender): Promise<ConfirmationView> => {
    const { token } = input;
    const request = await update((requests) => {
      const claimed = claimRequest(requests, token, requester(sender), now());
      return { requests: claimed.requests, result: claimed.request };
    });
    if (!request) return { ok: false };
    // On screen at once with the last known balance; the frame then asks for Sume's own (below).
    return { ok: true, ...(await service.details(request.url, request.reel, request.reason, await service.blocker(), { freshBalance: false })) };
  });

  handle('confirmationBalance', { from: 'confirmation', input: tokenRequest }, async (input, sender) => {
    const { token } = input;
    const request = await update((requests) => {
      const claimed = claimRequest(requests, token, requester(sender), now());
      return { requests: claimed.requests, result: claimed.request };
    });
    if (!request) return null;
    const remaining = await service.balanceNow();
    return remaining === undefined ? null : { remainingCredits: remaining };
  });

  handle('decideConfirmation', { from: 'confirmation', input: decideConfirmationRequest }, async (input, sender) => {
    const { token, choice, dontAskAgain } = input;
    const request = await update((requests) => {
      const taken = takeRequest(requests, token, requester(sender), now());
      return { requests: taken.requests, result: taken.request };
    });
    if (!request)
      return {
        ok: false as const,
        error: { kind: 'http' as const, code: 'confirmation_expired', message: t('background_questionExpired') },
      };
    if (choice === 'cancel') {
      closeInPage(request, 'cancelled');
      return { ok: true as const };
    }
    if (choice === 'open') {
      const previous = await service.latest(request.url);
      await openCapturesPage(previous ? { captureId: previous.id } : undefined);
      closeInPage(request, 'opened');
      return { ok: true as const };
    }
    const blocked = await service.blocker();
    if (blocked) {
      closeInPage(request, 'cancelled');
      return { ok: false as const, error: blocked };
    }
    // Only the question that asked because of the setting may turn the setting off.
    if (dontAskAgain && choice === 'analyze' && request.reason === 'confirm_setting') {
      await settingsItem.setValue({ ...(await readSettings()), confirmBeforeAnalyzing: false });
    }
    const started = await service.enqueue(request.url, request.source, {
      again: choice === 'analyze_again',
      saveForLater: choice === 'save_for_later',
      reel: request.reel,
    });
    closeInPage(request, 'sent');
    return started;
  });

  return { expectInPage };
}

export type Confirmations = ReturnType<typeof registerConfirmations>;
