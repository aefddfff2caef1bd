/**
 * The ways into an upload that live outside the extension's pages — the toolbar button's grant on
 * a tab, the right-click menu on an image or a video, the popup's screenshot and frame buttons
 * acting on the tab — and what the browser shows about them (notifications).
 *
 * Native menus and the toolbar popup cannot be clicked headless. A click on the toolbar button is
 * CDP `Extensions.triggerAction` (it needs `--enable-unsafe-extension-debugging`, see
 * upload-fixtures.ts): like a real click it grants `activeTab` on that tab, which screenshots need.
 * The menu and the capture buttons then run through the e2e build's hooks
 * (lib/background/register-test-hooks.ts), exactly as the background handles them.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { UploadsStarted } from '../../lib/messaging';

/** A notification the extension created: its id (`sume:<about>:<time>`), title and text. */
export interface ShownNotification {
  id: string;
  title: string;
  message: string;
}

interface WorkerGlobals {
  chrome: {
    notifications: { create(id: string, options: { title: string; message: string }): Promise<string> };
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
  };
  __sumeTest: {
    captureMedia(kind: 'page' | 'video' | 'frame'): Promise<UploadsStarted>;
    uploadFromMenu(info: object, tab?: object): Promise<void>;
  };
  __sumeNotifications?: ShownNotification[];
}

export const UPLOAD_MENU_ID = 'sume-upload-media';

export class UploadEntryPoints {
  constructor(
    private readonly context: BrowserContext,
    private readonly serviceWorker: Worker,
    private readonly extensionId: string,
  ) {}

  /**
   * What a click on Sume Capture's toolbar button, or on one of its menu items, grants: `activeTab`
   * on `page`. Headless, the toolbar click stands for both.
   */
  async grantActiveTab(page: Page): Promise<void> {
    const browser = this.context.browser();
    if (!browser) throw new Error('No browser-level CDP session for this context.');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.url === page.url());
      if (!tab) throw new Error(`No tab is open at ${page.url()}`);
      await cdp.send('Extensions.triggerAction', { id: this.extensionId, targetId: tab.targetId });
    } finally {
      await cdp.detach();
    }
  }

  /**
   * From now on, every notification the extension creates is also written down with its text
   * (`chrome.notifications.getAll()` gives only ids). Call before anything notifies.
   */
  async recordNotifications(): Promise<void> {
    await this.serviceWorker.evaluate(() => {
      const globals = globalThis as unknown as WorkerGlobals;
      if (globals.__sumeNotifications) return;
      const shown: ShownNotification[] = [];
      globals.__sumeNotifications = shown;
      const api = globals.chrome.notifications;
      const create = api.create.bind(api);
      api.create = (id, options) => {
        shown.push({ id, title: options.title, message: options.message });
        return create(id, options);
      };
    });
  }

  async notifications(): Promise<ShownNotification[]> {
    return this.serviceWorker.evaluate(() => [...((globalThis as unknown as WorkerGlobals).__sumeNotifications ?? [])]);
  }

  /** "Screenshot", "Screenshot of the video" or "Current frame", on the tab in front. */
  async capture(kind: 'page' | 'video' | 'frame'): Promise<UploadsStarted> {
    return this.serviceWorker.evaluate((what) => (globalThis as unknown as WorkerGlobals).__sumeTest.captureMedia(what), kind);
  }

  /**
   * Right-click on an image or a video whose `src` is `srcUrl` in `page`, then Sume Capture's menu
   * item: the choice grants activeTab on the page, then the background handles the click.
   */
  async addMediaFromMenu(page: Page, srcUrl: string): Promise<void> {
    await this.grantActiveTab(page);
    await this.serviceWorker.evaluate(
      async ({ srcUrl, pageUrl, menuItemId }) => {
        const { chrome, __sumeTest } = globalThis as unknown as WorkerGlobals;
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
        if (!tab) throw new Error(`No tab is open at ${pageUrl}`);
        await __sumeTest.uploadFromMenu({ menuItemId, srcUrl, pageUrl, editable: false }, tab);
      },
      { srcUrl, pageUrl: page.url(), menuItemId: UPLOAD_MENU_ID },
    );
  }
}
