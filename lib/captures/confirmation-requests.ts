/**
 * One-time confirmation requests: the background issues one when a click on our in-page button must
 * be confirmed, for that tab and that reel, and the confirmation frame may act on it once. A page
 * that frames our confirmation page itself has no token the background issued, so it can show
 * nothing and spend nothing. Pure: the background persists the map (session storage).
 */
import type { CaptureSource } from './capture-record';
import type { ReelDescription } from './reel-description';
import type { AskReason } from './spending';

export const CONFIRMATION_TTL_MS = 10 * 60_000;

export interface ConfirmationRequest {
  token: string;
  /** The tab and frame whose content script asked (and is told when it closes). */
  tabId: number;
  frameId: number;
  url: string;
  reel: ReelDescription;
  source: CaptureSource;
  reason: AskReason;
  createdAt: number;
  /** The frame that opened it first; no other frame may then act on it. */
  claimedBy?: number;
}

export type ConfirmationRequests = Record<string, ConfirmationRequest>;

/** Who is asking, from the fields the browser sets on the message. */
export interface Requester {
  tabId: number;
  frameId: number;
}

function live(requests: ConfirmationRequests, now: number): ConfirmationRequests {
  const out: ConfirmationRequests = {};
  for (const [token, request] of Object.entries(requests)) if (now - request.createdAt < CONFIRMATION_TTL_MS) out[token] = request;
  return out;
}

/** Adds a request; an older one from the same content script is dropped (its frame is gone). */
export function issueRequest(requests: ConfirmationRequests, request: ConfirmationRequest, now: number): ConfirmationRequests {
  const out = live(requests, now);
  for (const [token, other] of Object.entries(out)) if (other.tabId === request.tabId && other.frameId === request.frameId) delete out[token];
  out[request.token] = request;
  return out;
}

/** The confirmation frame opens: it must be in the tab the request was issued for, and the first to ask. */
export function claimRequest(
  requests: ConfirmationRequests,
  token: string,
  frame: Requester,
  now: number,
): { requests: ConfirmationRequests; request: ConfirmationRequest | null } {
  const out = live(requests, now);
  const request = out[token];
  if (!request || request.tabId !== frame.tabId || (request.claimedBy !== undefined && request.claimedBy !== frame.frameId))
    return { requests: out, request: null };
  const claimed = { ...request, claimedBy: frame.frameId };
  out[token] = claimed;
  return { requests: out, request: claimed };
}

/** Removes the request when `may` allows it; the request is returned when it was removed. */
function removeIf(
  requests: ConfirmationRequests,
  token: string,
  may: (request: ConfirmationRequest) => boolean,
  now: number,
): { requests: ConfirmationRequests; request: ConfirmationRequest | null } {
  const out = live(requests, now);
  const request = out[token];
  if (!request || !may(request)) return { requests: out, request: null };
  delete out[token];
  return { requests: out, request };
}

/** The person decided in the frame that claimed it: the request is used up. */
export function takeRequest(requests: ConfirmationRequests, token: string, frame: Requester, now: number) {
  return removeIf(requests, token, (request) => request.tabId === frame.tabId && request.claimedBy === frame.frameId, now);
}

/** The content script that asked closed it (Escape, a click outside, the video left the page). */
export function dropRequest(requests: ConfirmationRequests, token: string, owner: Requester, now: number) {
  return removeIf(requests, token, (request) => request.tabId === owner.tabId && request.frameId === owner.frameId, now);
}
