/**
 * The right-click menu and the keyboard shortcut. On TikTok and Instagram they act on the video
 * the user means (right-clicked, or watching) as a click on its button does (asking, when it asks,
 * in the extension's own frame next to it); a reel link anywhere else opens the small confirm
 * window (the popup page, in a window).
 */
import { browser, type Browser } from 'wxt/browser';
import { PLATFORM_TAB_PATTERNS } from '../browser/platform-tabs';
import { openSidePanel } from '../browser/side-panel';
import { sendMessage } from '../messaging';
import { parseReferenceUrl } from '../platforms';
import { reelLinkPatterns } from '../platforms/registry';
import { t } from '../i18n/t';
import type { Confirmations } from './register-confirmations';
import { MENU_UPLOAD } from './register-uploads';
import { MENU_SELECT_VIDEOS } from './register-batches';
import { MENU_SAVE_MOMENT } from './register-moments';

export const MENU_PAGE = 'sume-analyze-page';
export const MENU_LINK = 'sume-analyze-link';
export const COMMAND_ANALYZE = 'analyze-active-video';
export const MENU_SIDE_PANEL = 'sume-open-side-panel';
export const COMMAND_SIDE_PANEL = 'open-side-panel';

const PLATFORM_DOCUMENTS = PLATFORM_TAB_PATTERNS;
const REEL_LINKS = reelLinkPatterns();

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: t('background_menuAnalyzePage'), contexts: ['page', 'video'], documentUrlPatterns: PLATFORM_DOCUMENTS });
  browser.contextMenus.create({ id: MENU_LINK, title: t('background_menuAnalyzeLink'), contexts: ['link'], targetUrlPatterns: REEL_LINKS });
  browser.contextMenus.create({ id: MENU_UPLOAD, title: t('background_menuAddToLibrary'), contexts: ['image', 'video'] });
  browser.contextMenus.create({ id: MENU_SAVE_MOMENT, title: t('moments_menu'), contexts: ['page', 'video'], documentUrlPatterns: PLATFORM_DOCUMENTS });
  browser.contextMenus.create({ id: MENU_SELECT_VIDEOS, title: t('batch_menuSelect'), contexts: ['page'], documentUrlPatterns: PLATFORM_DOCUMENTS });
  // The toolbar button's own right-click menu (Firefox's MV2 calls it `browser_action`).
  const toolbar = (import.meta.env.FIREFOX ? 'browser_action' : 'action') as Browser.contextMenus.ContextType;
  browser.contextMenus.create({ id: MENU_SIDE_PANEL, title: t('background_menuOpenSidePanel'), contexts: [toolbar] });
}

/** The small confirm window: the popup page, told which reel and where the request came from. */
export function openConfirmWindow(url: string, source: 'context_menu' | 'shortcut'): Promise<unknown> {
  const page = browser.runtime.getURL(`/popup.html?capture=${encodeURIComponent(url)}&source=${source}`);
  return browser.windows.create({ url: page, type: 'popup', width: 380, height: 400, focused: true });
}

/** Set by registerMenuAndShortcut: the page's button then tells the background it acts for the menu or shortcut. */
let expectInPage: Confirmations['expectInPage'] = () => undefined;

/** Asks in the page when the video has a button there; otherwise in the confirm window. */
async function analyze(tabId: number | undefined, url: string, source: 'context_menu' | 'shortcut', frameId?: number): Promise<void> {
  if (tabId !== undefined) {
    expectInPage(tabId, url, source);
    const handled = await sendMessage('analyzeInPage', { url }, { tabId, ...(frameId !== undefined ? { frameId } : {}) }).catch(() => false);
    if (handled) return;
  }
  await openConfirmWindow(url, source);
}

async function activeVideo(tabId: number, near?: 'context', frameId?: number): Promise<string | null> {
  const answer = await sendMessage(
    'getActiveVideo',
    { forQuestion: true, ...(near ? { near } : {}) },
    { tabId, ...(frameId !== undefined ? { frameId } : {}) },
  ).catch(() => null);
  return answer?.url ?? null;
}

function fromTabUrl(tabUrl: string | undefined): string | null {
  const parsed = tabUrl ? parseReferenceUrl(tabUrl) : null;
  return parsed?.ok ? parsed.canonicalUrl : null;
}

/** Exported so the browser tests can click a menu item (native menus cannot be clicked). */
export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  // First, before anything is awaited: the browser opens the panel only within the click's own task.
  if (info.menuItemId === MENU_SIDE_PANEL) return tab?.windowId === undefined ? undefined : openSidePanel(tab.windowId);
  if (info.menuItemId === MENU_LINK && info.linkUrl) {
    const parsed = parseReferenceUrl(info.linkUrl);
    const inPage = parsed.ok && tab?.id !== undefined && fromTabUrl(tab.url) !== null;
    return analyze(inPage ? tab?.id : undefined, parsed.ok ? parsed.canonicalUrl : info.linkUrl, 'context_menu');
  }
  if (info.menuItemId !== MENU_PAGE || tab?.id === undefined) return;
  const url = (await activeVideo(tab.id, 'context', info.frameId)) ?? (await activeVideo(tab.id)) ?? fromTabUrl(info.pageUrl ?? tab.url);
  if (url) await analyze(tab.id, url, 'context_menu', info.frameId);
  else await openConfirmWindow('', 'context_menu');
}

export async function handleCommand(command: string, commandTab?: Browser.tabs.Tab): Promise<void> {
  if (command === COMMAND_SIDE_PANEL) return commandTab?.windowId === undefined ? undefined : openSidePanel(commandTab.windowId);
  if (command !== COMMAND_ANALYZE) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const url = (await activeVideo(tab.id)) ?? fromTabUrl(tab.url);
  await (url ? analyze(tab.id, url, 'shortcut') : openConfirmWindow('', 'shortcut'));
}

export function registerMenuAndShortcut(confirmations: Confirmations): void {
  expectInPage = confirmations.expectInPage;
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
}
