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
