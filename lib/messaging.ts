/**
 * The one message protocol between extension pages, content scripts and the background.
 * Only types here, so importing it costs a content script nothing but the messenger itself;
 * each receiver validates payloads with the schemas beside their types.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AccountView, ConnectRequest, ConnectResult } from './account/account-view';
import type { CaptureStates, ContentSettings } from './capture/capture-state';
import type { CaptureRecord } from './captures/capture-record';
import type { SerializedSumeError } from './api/errors';
import type { SignedUpload } from './api/signed-upload';
import type { UploadMeta, UploadSource } from './uploads/upload-record';

export type { AccountView, ConnectRequest, ConnectResult };

export type CaptureSource = 'button' | 'popup' | 'context_menu' | 'shortcut';

/** What to ask the user before spending credits on a reel. */
export type CapturePreparation =
  | {
      ok: true;
      url: string;
      /** False when the user chose not to be asked, and nothing else needs a word. */
      confirm: boolean;
      remainingCredits?: number;
      /** Known from this workspace's last analysis; the API tells the real figure when it starts. */
      requiredCredits?: number;
      /** The same reel was already analyzed or is in progress. */
      duplicate?: { captureId: string; phase: 'queued' | 'sending' | 'analyzing' | 'done' | 'failed' };
    }
  | { ok: false; error: SerializedSumeError };

export type WorkspaceJobs =
  | { ok: true; jobs: { id: string; type?: string | undefined; status: string; created_at?: string | undefined }[] }
  | { ok: false; error: SerializedSumeError };

/** A file the page has already stored in IndexedDB (blob-store.ts) under `blobId`. */
export interface UploadRequestItem {
  blobId: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  source: UploadSource;
  meta: UploadMeta;
}

export type UploadsStarted =
  | { ok: true; ids: string[]; rejected: { filename: string; reason: string }[] }
  | { ok: false; error: SerializedSumeError };

export type CaptureStarted = { ok: true; captureId: string } | { ok: false; error: SerializedSumeError };

export interface ProtocolMap {
  // Extension pages → background.
  getAccount(): AccountView;
  refreshAccount(): AccountView;
  connect(request: ConnectRequest): ConnectResult;
  forgetKey(): AccountView;
  // Content scripts → background.
  getContentSettings(): ContentSettings;
  getCaptureStates(request: { urls: string[] }): CaptureStates;
  prepareCapture(request: { url: string }): CapturePreparation;
  captureReel(request: { url: string; source: CaptureSource; dontAskAgain?: boolean }): CaptureStarted;
  openCapture(request: { url?: string; captureId?: string }): void;
  // Extension pages → background (captures page, popup).
  listCaptures(): CaptureRecord[];
  getCaptureResult(request: { captureId: string }): { savedAt: number; result: unknown } | null;
  retryCapture(request: { captureId: string }): void;
  /** The workspace's recent jobs from GET /jobs (made anywhere: Sume's app, the API, here). */
  listWorkspaceJobs(): WorkspaceJobs;
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
  // Background → the uploader (Chrome's offscreen document): PUT one upload's bytes.
  putUpload(request: { id: string; upload: SignedUpload }): { ok: true } | { ok: false; error: SerializedSumeError };
  abortUpload(request: { id: string }): void;
  /** The uploader → background: a PUT ended (the background may have been stopped meanwhile). */
  kickUploads(): void;
  // Background → content script of a tab: which video is the user watching?
  getActiveVideo(request?: { near?: 'context' }): { url: string } | null;
  /** Ask, then send, on the button of that video in the page; false when it has none. */
  analyzeInPage(request: { url: string }): boolean;
  // Background → content scripts (tabs.sendMessage).
  captureStatesChanged(changes: CaptureStates): void;
  contentSettingsChanged(settings: ContentSettings): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
