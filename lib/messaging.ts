/**
 * The one message protocol between extension pages, content scripts and the background.
 * Only types here, so importing it costs a content script nothing but the messenger itself. Request
 * types are inferred from their schemas (lib/protocol/requests.ts), which every receiver parses
 * with through handle() (lib/protocol/handle.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AccountView, ConnectRequest, ConnectResult } from './account/account-view';
import type { PageCounts } from './in-page/capture-controller';
import type { CaptureStates, ContentSettings } from './in-page/capture-state';
import type { CapturePhase, CaptureRecord, CaptureSource } from './captures/capture-record';
import type { ReelDescription } from './captures/reel-description';
import type { AskReason } from './captures/spending';
import type { BatchPlan } from './captures/batch-plan';
import type { SerializedSumeError } from './api/errors';
import type { AssetSearchAnswer } from './api/asset-hit';
import type { SignedUpload, UploadTexts } from './api/signed-upload';
import type * as requests from './protocol/requests';
import type { z } from 'zod';

export type { AccountView, ConnectRequest, ConnectResult };

export type { CaptureSource };

/** What to ask the user before spending credits on a reel (the popup and the confirm window). */
export type CapturePreparation =
  | {
      ok: true;
      url: string;
      /** False when the user chose not to be asked, and nothing else needs a word. */
      confirm: boolean;
      details: ConfirmationDetails;
    }
  | { ok: false; error: SerializedSumeError };

/** What the in-page button's click came to: sent at once, or a question in the extension's own frame. */
export type ButtonOutcome = { kind: 'sent' } | { kind: 'confirm'; token: string };

/**
 * What the confirmation frame shows: what will be charged (named by the page, beside the canonical
 * URL the page cannot dress up), the price, a balance fetched as it opens, and why it asks.
 */
export interface ConfirmationDetails {
  url: string;
  reel: ReelDescription;
  reason: AskReason;
  previous?: { captureId: string; phase: CapturePhase };
  remainingCredits?: number;
  requiredCredits?: number;
  spentInWindow: number;
  limitPerHour: number;
  /** Sume's page for buying credits (offered when the balance is short). */
  topUpUrl?: string;
  /** Why nothing can be sent now (no key, paused queue), with its fix. */
  blocked?: SerializedSumeError;
  /** The balance could not be fetched just now: the figure shown is the last known one. */
  balanceStale?: boolean;
}

export type ConfirmationView = ({ ok: true } & ConfirmationDetails) | { ok: false };

export type ConfirmationChoice = 'analyze' | 'analyze_again' | 'save_for_later' | 'open' | 'cancel';

/** The batch question: the selection planned against what was captured before, the price and the balance. */
export interface BatchView {
  plan: BatchPlan;
  /** The plan with the analyzed ones included, for the "analyze them again" choice. */
  withAnalyzed: BatchPlan;
  /** The grid it came from (its address). */
  page: string;
  /** What each tile showed (its poster), by canonical URL: shown beside the link, never instead of it. */
  reels: Record<string, ReelDescription>;
  /** Sume named its price (with an earlier analysis); until it has, each is counted as 1 credit. */
  priceKnown: boolean;
  remainingCredits?: number;
  /** The balance could not be read just now: the figure is the last known one (or none). */
  balanceStale?: boolean;
  topUpUrl: string;
  /** Why nothing can be sent now (no key, a refused key), with its fix. */
  blocked?: SerializedSumeError;
}

export type BatchDecided = { ok: true; sent: number; saved: number };

/** What a sender passes: the schema's input. */
type Request<S extends z.ZodType> = z.input<S>;

/** A file the page has already stored in IndexedDB (blob-store.ts) under `blobId`. */
export type UploadRequestItem = Request<typeof requests.uploadRequestItem>;

export type UploadsStarted = { ok: true; ids: string[]; rejected: { filename: string; reason: string }[] } | { ok: false; error: SerializedSumeError };

/** `existing`: the reel was already on its way (or done), so nothing new was started. */
export type CaptureStarted = { ok: true; captureId: string; existing?: boolean } | { ok: false; error: SerializedSumeError };

export interface ProtocolMap {
  // Extension pages → background.
  getAccount(): AccountView;
  refreshAccount(): AccountView;
  connect(request: Request<typeof requests.connectRequest>): ConnectResult;
  forgetKey(): AccountView;
  // Content scripts → background: what a click on our button may do, and nothing more.
  getContentSettings(): ContentSettings;
  getCaptureStates(request: Request<typeof requests.captureStatesRequest>): CaptureStates;
  /** A person clicked the button of this reel (`unverified`: the content script is not sure which reel it is). */
  activateButton(request: Request<typeof requests.activateButtonRequest>): ButtonOutcome;
  /** The content script closed its confirmation (Escape, a click outside, the video left the page). */
  dismissConfirmation(request: Request<typeof requests.tokenRequest>): void;
  openCapture(request: Request<typeof requests.openCaptureRequest>): void;
  /** The video the person watches changed (scrolled to another, or none on screen): what the side panel follows. */
  activeVideoChanged(request: Request<typeof requests.activeVideoReport>): void;
  // The confirmation frame → background (with the token the background issued).
  openConfirmation(request: Request<typeof requests.tokenRequest>): ConfirmationView;
  /** Sume's balance now, for the question on screen (null when Sume did not answer in time). */
  confirmationBalance(request: Request<typeof requests.tokenRequest>): { remainingCredits: number } | null;
  decideConfirmation(request: Request<typeof requests.decideConfirmationRequest>): CaptureStarted | { ok: true };
  // Extension pages → background: the popup's and the confirm window's questions.
  prepareCapture(request: Request<typeof requests.urlRequest>): CapturePreparation;
  /** Credits spent in the last hour, and the limit that holds when confirmation is off (Settings). */
  getSpending(): { spentInWindow: number; limitPerHour: number };
  captureReel(request: Request<typeof requests.captureReelRequest>): CaptureStarted;
  // Batch capture (select mode on a grid).
  /** The popup, the side panel: put select mode on the page in the tab beside them (or the active one). */
  startSelectMode(request: Request<typeof requests.selectModeRequest>): { ok: true } | { ok: false; error: SerializedSumeError };
  /** Select mode → background: a person chose "Analyze N"; the question opens in the extension's own window. */
  prepareBatch(request: Request<typeof requests.prepareBatchRequest>): { ok: true } | { ok: false; error: SerializedSumeError };
  /** The batch window → background: what the decision is about (null once it expired or was decided). */
  openBatch(request: Request<typeof requests.tokenRequest>): BatchView | null;
  decideBatch(request: Request<typeof requests.decideBatchRequest>): BatchDecided | { ok: false; error: SerializedSumeError };
  // Extension pages → background (captures page, popup).
  listCaptures(): CaptureRecord[];
  getCaptureResult(request: Request<typeof requests.captureIdRequest>): { savedAt: number; result: unknown } | null;
  retryCapture(request: Request<typeof requests.captureIdRequest>): void;
  /** Fetches a finished analysis again when it could not be kept (a full disk). */
  downloadResult(request: Request<typeof requests.captureIdRequest>): { ok: true } | { ok: false; message: string };
  removeCapture(request: Request<typeof requests.captureIdRequest>): void;
  /** Asset Library search (`GET /assets`): one page of hits, or the API's error with its request id. */
  searchAssets(request: Request<typeof requests.searchAssetsRequest>): AssetSearchAnswer;
  // Uploads into the Asset Library (extension pages → background).
  startUploads(request: Request<typeof requests.startUploadsRequest>): UploadsStarted;
  cancelUpload(request: Request<typeof requests.uploadIdRequest>): void;
  retryUpload(request: Request<typeof requests.uploadIdRequest>): void;
  removeUpload(request: Request<typeof requests.uploadIdRequest>): void;
  /** Screenshot of the active tab, whole or cropped to the video being watched. */
  captureScreenshot(request: Request<typeof requests.screenshotRequest>): UploadsStarted;
  /** The current frame of the video being watched. */
  captureFrame(): UploadsStarted;
  /** A moment of the video being watched: its frame, timecode, reel and note (lib/background/register-moments.ts). */
  saveMoment(request: Request<typeof requests.saveMomentRequest>): UploadsStarted;
  // Background → the uploader (Chrome's offscreen document): PUT one upload's bytes. The signed URL
  // is not broadcast with it: the uploader asks for it in a reply only it receives. `texts`: what the
  // uploader may have to say, in the person's language (an offscreen document has no i18n API).
  putUpload(request: Request<typeof requests.uploadIdRequest> & { texts: UploadTexts }): { ok: true } | { ok: false; error: SerializedSumeError };
  abortUpload(request: Request<typeof requests.uploadIdRequest>): void;
  /** The uploader → background: the signed URL for an upload it was told to PUT. */
  getSignedUpload(request: Request<typeof requests.uploadIdRequest>): SignedUpload | null;
  /** The uploader → background: a PUT ended (the background may have been stopped meanwhile). */
  kickUploads(): void;
  // Background → content script of a tab: which video is the user watching (and who posted it, as the page says)?
  /** `forQuestion`: the menu or the shortcut asks, and a question in the page may follow. */
  getActiveVideo(request?: { near?: 'context'; forQuestion?: boolean }): { url: string; creator?: string | undefined } | null;
  /** How many videos and buttons the page holds, for the popup; null when the buttons are off there. */
  getPageReport(): PageCounts | null;
  /** Ask, then send, on the button of that video in the page; false when it has none. */
  analyzeInPage(request: { url: string }): boolean;
  // Background → content scripts (tabs.sendMessage).
  captureStatesChanged(changes: CaptureStates): void;
  /** The confirmation the content script opened is over: close its frame, focus the button. */
  confirmationClosed(request: { token: string; outcome: 'sent' | 'opened' | 'cancelled' }): void;
  contentSettingsChanged(settings: ContentSettings): void;
  /** The batch question in the extension's window is over: what came of it, for select mode's bar. */
  batchClosed(request: { outcome: 'decided' | 'cancelled'; sent: number; saved: number }): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
