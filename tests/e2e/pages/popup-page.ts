import type { Locator, Page } from '@playwright/test';
import { OptionsPage } from './options-page';

/** The toolbar popup, opened in a tab at popup size (a real popup cannot be opened headless). */
export class PopupPage {
  /** The popup's own width (popup.css); the height grows with the content in screenshots. */
  static readonly viewport = { width: 360, height: 200 };

  readonly disconnected: Locator;
  readonly connected: Locator;
  readonly connectedLine: Locator;
  readonly credits: Locator;
  readonly errorNotice: Locator;
  readonly requestId: Locator;
  readonly connectButton: Locator;
  readonly updateKeyButton: Locator;
  readonly tryAgainButton: Locator;
  readonly refreshButton: Locator;
  /** The account area; `aria-busy` while the background re-checks the account. */
  readonly accountStatus: Locator;

  constructor(readonly page: Page) {
    this.disconnected = page.getByTestId('account-disconnected');
    this.connected = page.getByTestId('account-connected');
    this.connectedLine = page.getByTestId('connected-line');
    this.credits = page.getByTestId('credits');
    this.errorNotice = page.getByTestId('error-notice');
    this.requestId = page.getByTestId('request-id');
    this.connectButton = page.getByRole('button', { name: 'Connect to Sume' });
    this.updateKeyButton = page.getByRole('button', { name: 'Update key' });
    this.tryAgainButton = page.getByRole('button', { name: 'Try again' });
    this.refreshButton = page.getByRole('button', { name: 'Refresh account' });
    this.accountStatus = page.getByTestId('account-status');
  }

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.setViewportSize(PopupPage.viewport);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  /** Closing and reopening the popup, as a user does by clicking the toolbar icon again. */
  async reopen(): Promise<void> {
    await this.page.reload();
  }

  /** "Connect to Sume" opens the settings in a new tab. */
  async connectToSume(): Promise<OptionsPage> {
    return this.opensOptions(() => this.connectButton.click());
  }

  /** "Update key" also leads to the settings. */
  async updateKey(): Promise<OptionsPage> {
    return this.opensOptions(() => this.updateKeyButton.click());
  }

  private async opensOptions(click: () => Promise<void>): Promise<OptionsPage> {
    const [options] = await Promise.all([this.page.context().waitForEvent('page'), click()]);
    await options.waitForLoadState();
    return new OptionsPage(options);
  }
}
