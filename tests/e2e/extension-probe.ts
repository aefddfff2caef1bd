/**
 * What the browser shows outside any page — notifications, the toolbar badge, the context menu — and
 * the entry points a test cannot click (native menus, keyboard shortcuts), read and driven from
 * inside the extension: its service worker, or any of its pages once the worker has been stopped
 * (a stopped worker's Playwright handle no longer answers). See /work/shared/browser-testing.md.
 */
import type { Page, Worker } from '@playwright/test';

/** Where extension code can run: the service worker or one of the extension's own pages. */
export type ExtensionContext = Pick<Worker, 'evaluate'> | Pick<Page, 'evaluate'>;

/** The few `chrome.*` calls made below, typed here because the project compiles without chrome's types. */
interface ChromeApis {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}

/** The e2e build's hooks (lib/background/register-test-hooks.ts). */
interface SumeTestHooks {
  handleMenuClick(info: object, tab?: object): Promise<void>;
  handleCommand(command: string): Promise<void>;
}

/** A right-click on a link, as Chrome describes it to the menu handler. */
export interface LinkMenuClick {
  menuItemId: 'sume-analyze-link' | 'sume-analyze-page';
  linkUrl?: string;
  pageUrl: string;
}

/** One capture as the extension keeps it (lib/captures/capture-record.ts), the fields tests read. */
export interface StoredCapture {
  id: string;
  url: string;
  source: string;
  status: string;
  jobId?: string;
  job?: { id: string; status: string };
  waitsForCredits?: boolean;
  reel?: { creator?: string; caption?: string; poster?: string };
}

export class ExtensionProbe {
  constructor(private readonly where: ExtensionContext) {}

  /** Ids of the notifications on screen; the extension's read `sume:<captureId or all>:<time>`. */
  async notificationIds(): Promise<string[]> {
    return this.run(async () => Object.keys(await (globalThis as unknown as { chrome: ChromeApis }).chrome.notifications.getAll()));
  }

  /** The toolbar badge: the number of captures on their way, or '' when none is. */
  async badgeText(): Promise<string> {
    return this.run(() => (globalThis as unknown as { chrome: ChromeApis }).chrome.action.getBadgeText({}));
  }

  /** True when the extension registered a context-menu item with this id (only existing ids update). */
  async hasMenuItem(id: string): Promise<boolean> {
    return this.run(
      (menuId) =>
        (globalThis as unknown as { chrome: ChromeApis }).chrome.contextMenus.update(menuId, {}).then(
          () => true,
          () => false,
        ),
      id,
    );
  }

  /** The captures in extension storage, oldest first. */
  async captures(): Promise<StoredCapture[]> {
    const all = await this.run(async () => (await (globalThis as unknown as { chrome: ChromeApis }).chrome.storage.local.get('captures')).captures);
    return Object.values((all ?? {}) as Record<string, StoredCapture & { createdAt: number }>).sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * A click on one of the extension's context-menu items. `tabUrl` names the tab that was
   * right-clicked (a tab open at that address); without it the click came from no tab.
   */
  async clickMenu(info: LinkMenuClick, tabUrl?: string): Promise<void> {
    await this.workerOnly().evaluate(
      async ({ info, tabUrl }) => {
        const { chrome, __sumeTest } = globalThis as unknown as { chrome: ChromeApis; __sumeTest: SumeTestHooks };
        const tab = tabUrl === undefined ? undefined : (await chrome.tabs.query({})).find((t) => t.url === tabUrl);
        if (tabUrl !== undefined && !tab) throw new Error(`No tab is open at ${tabUrl}`);
        await __sumeTest.handleMenuClick({ editable: false, ...info }, tab);
      },
      { info, tabUrl },
    );
  }

  /** The keyboard shortcut `command` (manifest `commands`), pressed in the focused window. */
  async pressShortcut(command: string): Promise<void> {
    await this.workerOnly().evaluate((name) => (globalThis as unknown as { __sumeTest: SumeTestHooks }).__sumeTest.handleCommand(name), command);
  }

  private run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Worker and Page evaluate alike; their overloads just do not unify for TypeScript.
    const evaluate = this.where.evaluate.bind(this.where) as (f: (arg: A) => R | Promise<R>, a: A) => Promise<R>;
    return evaluate(fn, arg as A);
  }

  /** The menu and shortcut handlers live in the service worker only. */
  private workerOnly(): Pick<Worker, 'evaluate'> {
    if (!('url' in this.where) || !(this.where as Worker).url().endsWith('/background.js')) {
      throw new Error('Menu clicks and shortcuts are delivered to the service worker.');
    }
    return this.where as Pick<Worker, 'evaluate'>;
  }
}
