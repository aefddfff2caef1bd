/**
 * The one message protocol between extension pages, content scripts and the background.
 * Only types here, so importing it costs a content script nothing but the messenger itself;
 * each receiver validates payloads with the schemas beside their types.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AccountView, ConnectRequest, ConnectResult } from './account/account-view';
import type { CaptureStates, ContentSettings } from './capture/capture-state';

export type { AccountView, ConnectRequest, ConnectResult };

export type CaptureSource = 'button' | 'popup' | 'context_menu' | 'shortcut';

export interface ProtocolMap {
  // Extension pages → background.
  getAccount(): AccountView;
  refreshAccount(): AccountView;
  connect(request: ConnectRequest): ConnectResult;
  forgetKey(): AccountView;
  // Content scripts → background.
  getContentSettings(): ContentSettings;
  getCaptureStates(request: { urls: string[] }): CaptureStates;
  captureReel(request: { url: string; source: CaptureSource; retry?: boolean }): void;
  openCapture(request: { url: string }): void;
  // Background → content scripts (tabs.sendMessage).
  captureStatesChanged(changes: CaptureStates): void;
  contentSettingsChanged(settings: ContentSettings): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
