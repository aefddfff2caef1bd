import { expect, type Locator, type Page } from '@playwright/test';
import { ClosedShadowReader, type ButtonReading } from './closed-shadow';
import { ConfirmationFrame } from './confirmation-frame';
import { CAPTURE_HOST } from './platform-page';

/** How long Chrome needs to report a just-pointed button as visible (IntersectionObserver v2 delay). */
const POINTING_MS = 250;

/**
 * The Sume button on one video of a TikTok or Instagram page, and the question it asks in the
 * extension's frame. Its shadow root is closed: what it shows is read as assistive technology
 * reads it (closed-shadow.ts), and it is clicked with real input, pointing first as a person does.
 */
export class ReelButton {
  /** The host the page can see: `data-sume-capture` and `data-sume-url`, nothing else. */
  readonly host: Locator;
  readonly confirm: ConfirmationFrame;
  private readonly reader: ClosedShadowReader;

  constructor(
    readonly page: Page,
    readonly url: string,
    extensionId: string,
  ) {
    this.host = page.locator(`${CAPTURE_HOST}[data-sume-url="${url}"]`);
    this.confirm = new ConfirmationFrame(page, extensionId);
    this.reader = new ClosedShadowReader(page);
  }

  /** What the button shows and says now (null when it is gone). */
  read(): Promise<ButtonReading | null> {
    return this.reader.button(this.url);
  }

  /** Waits until the button shows `state` (ready, sending, queued, analyzing, done, failed). */
  async expectState(state: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
    await expect
      .poll(async () => (await this.read())?.state ?? 'no button', { message: `the button of ${this.url}`, ...options })
      .toMatch(state instanceof RegExp ? state : new RegExp(`^${state}$`));
  }

  /** Points at the button, as a person does before clicking, then clicks it. */
  async click(): Promise<void> {
    await this.host.hover();
    await this.page.waitForTimeout(POINTING_MS);
    await this.host.click();
  }

  /** Click, then "Analyze" in the question it asks: credits are spent. */
  async analyze(): Promise<void> {
    await this.click();
    await this.confirm.analyze();
  }

  /** Whether the keyboard focus is on this button (inside its closed root, the page sees the host). */
  async isFocused(): Promise<boolean> {
    return this.host.evaluate((host) => document.activeElement === host);
  }
}
