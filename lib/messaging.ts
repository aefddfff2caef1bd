/**
 * The one message protocol between extension pages, content scripts and the background.
 * Only types here, so importing it costs a content script nothing but the messenger itself;
 * each receiver validates payloads with the schemas beside their types.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AccountView, ConnectRequest, ConnectResult } from './account/account-view';
import type { CaptureStates, ContentSettings } from './in-page/capture-state';
import type { CapturePhase, CaptureRecord, CaptureSource } from './captures/capture-record';
import type { ReelDescription } from './captures/reel-description';
import type { AskReason } from './captures/spending';
import type { SerializedSumeError } from './api/errors';
import type { SignedUpload } from './api/signed-upload';
import type { UploadMeta, UploadSource } from './uploads/upload-record';

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
  /** Why nothing can be sent now (no key, paused queue), with its fix. */
  blocked?: SerializedSumeError;
  /** The balance could not be fetched just now: the figure shown is the last known one. */
  balanceStale?: boolean;
}

export type ConfirmationView = ({ ok: true } & ConfirmationDetails) | { ok: false };

export type ConfirmationChoice = 'analyze' | 'analyze_again' | 'open' | 'cancel';

/** A file the page has already stored in IndexedDB (blob-store.ts) under `blobId`. */
export interface UploadRequestItem {
  blobId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  source: UploadSource;
  meta: UploadMeta;
}

export type UploadsStarted = { ok: true; ids: string[]; rejected: { filename: string; reason: string }[] } | { ok: false; error: SerializedSumeError };

/** `existing`: the reel was already on its way (or done), so nothing new was started. */
export type CaptureStarted = { ok: true; captureId: string; existing?: boolean } | { ok: false; error: SerializedSumeError };

export interface ProtocolMap {
  // Extension pages → background.
  getAccount(): AccountView;
  refreshAccount(): AccountView;
  connect(request: ConnectRequest): ConnectResult;
  forgetKey(): AccountView;
  // Content scripts → background: what a click on our button may do, and nothing more.
  getContentSettings(): ContentSettings;
  getCaptureStates(request: { urls: string[] }): CaptureStates;
  /** A person clicked the button of this reel (`unverified`: the content script is not sure which reel it is). */
  activateButton(request: { url: string; reel: ReelDescription; unverified: boolean }): ButtonOutcome;
  /** The content script closed its confirmation (Escape, a click outside, the video left the page). */
  dismissConfirmation(request: { token: string }): void;
  openCapture(request: { url?: string; captureId?: string }): void;
  // The confirmation frame → background (with the token the background issued).
  openConfirmation(request: { token: string }): ConfirmationView;
  /** Sume's balance now, for the question on screen (null when Sume did not answer in time). */
  confirmationBalance(request: { token: string }): { remainingCredits: number } | null;
  decideConfirmation(request: { token: string; choice: ConfirmationChoice; dontAskAgain?: boolean }): CaptureStarted | { ok: true };
  // Extension pages → background: the popup's and the confirm window's questions.
  prepareCapture(request: { url: string }): CapturePreparation;
  /** Credits spent in the last hour, and the limit that holds when confirmation is off (Settings). */
  getSpending(): { spentInWindow: number; limitPerHour: number };
  captureReel(request: { url: string; source: CaptureSource; dontAskAgain?: boolean; again?: boolean }): CaptureStarted;
  // Extension pages → background (captures page, popup).
  listCaptures(): CaptureRecord[];
  getCaptureResult(request: { captureId: string }): { savedAt: number; result: unknown } | null;
  retryCapture(request: { captureId: string }): void;
  /** Fetches a finished analysis again when it could not be kept (a full disk). */
  downloadResult(request: { captureId: string }): { ok: true } | { ok: false; message: string };
  removeCapture(request: { captureId: string }): void;
  // Uploads into the Asset Library (extension pages → background).
  startUploads(request: { items: UploadRequestItem[] }): UploadsStarted;
  cancelUpload(request: { id: string }): void;
  retryUpload(request: { id: string }): void;
  removeUpload(request: { id: string }): void;
  /** Screenshot of the active tab, whole or cropped to the video being watched. */
  captureScreenshot(request: { crop: 'page' | 'video' }): UploadsStarted;
  /** The current frame of the video being watched. */
  captureFrame(): UploadsStarted;
  // Background → the uploader (Chrome's offscreen document): PUT one upload's bytes. The signed URL
  // is not broadcast with it: the uploader asks for it in a reply only it receives.
  putUpload(request: { id: string }): { ok: true } | { ok: false; error: SerializedSumeError };
  abortUpload(request: { id: string }): void;
  /** The uploader → background: the signed URL for an upload it was told to PUT. */
  getSignedUpload(request: { id: string }): SignedUpload | null;
  /** The uploader → background: a PUT ended (the background may have been stopped meanwhile). */
  kickUploads(): void;
  // Background → content script of a tab: which video is the user watching?
  /** `forQuestion`: the menu or the shortcut asks, and a question in the page may follow. */
  getActiveVideo(request?: { near?: 'context'; forQuestion?: boolean }): { url: string } | null;
  /** Ask, then send, on the button of that video in the page; false when it has none. */
  analyzeInPage(request: { url: string }): boolean;
  // Background → content scripts (tabs.sendMessage).
  captureStatesChanged(changes: CaptureStates): void;
  /** The confirmation the content script opened is over: close its frame, focus the button. */
  confirmationClosed(request: { token: string; outcome: 'sent' | 'opened' | 'cancelled' }): void;
  contentSettingsChanged(settings: ContentSettings): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
