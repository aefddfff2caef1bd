import type { Locator, Page } from '@playwright/test';

/** The captures page: every capture with its status, and one capture's result (`captures.html#<id>`). */
export class CapturesPage {
  readonly rows: Locator;
  /** "Sending is paused": the account, not one capture, stops the queue. */
  readonly pauseNotice: Locator;
  /** The selected capture, with its result once there is one. */
  readonly detail: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('capture-row');
    this.pauseNotice = page.getByTestId('pause-notice');
    this.detail = page.getByTestId('capture-detail');
    this.result = page.getByTestId('result-view');
  }

  static async open(page: Page, extensionId: string, captureId?: string): Promise<CapturesPage> {
    await page.goto(`chrome-extension://${extensionId}/captures.html${captureId ? `#${encodeURIComponent(captureId)}` : ''}`);
    return new CapturesPage(page);
  }

  /** One capture's row; `data-phase` is queued, sending, analyzing, done or failed. */
  row(captureId: string): Locator {
    return this.rows.and(this.page.locator(`[data-capture-id="${captureId}"]`));
  }

  /** Why a capture failed, with Sume's request id. */
  rowError(captureId: string): Locator {
    return this.row(captureId).getByTestId('capture-error');
  }

  /** "Retry" re-sends a capture Sume never accepted (no new credits). */
  retryButton(captureId: string): Locator {
    return this.row(captureId).getByRole('button', { name: /^Retry:/ });
  }
}
