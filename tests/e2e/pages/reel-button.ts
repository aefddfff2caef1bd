import type { Locator, Page } from '@playwright/test';
import { CaptureConfirm } from './capture-confirm';
import { CAPTURE_HOST } from './platform-page';

/** The Sume button on one video of a TikTok or Instagram page, and the confirm it opens in place. */
export class ReelButton {
  readonly host: Locator;
  /** `data-state`: ready, sending, queued, analyzing, done, failed; `title` says why it failed. */
  readonly button: Locator;
  readonly confirm: CaptureConfirm;

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {
    this.host = page.locator(`${CAPTURE_HOST}[data-sume-url="${url}"]`);
    this.button = this.host.locator('button.sume-button');
    this.confirm = new CaptureConfirm(this.host.locator('.sume-confirm'));
  }

  async click(): Promise<void> {
    await this.button.click();
  }

  /** Click, then "Analyze" in the question it asks: credits are spent. */
  async analyze(): Promise<void> {
    await this.click();
    await this.confirm.analyzeButton.click();
  }
}
