import { expect, type Locator, type Page } from '@playwright/test';

/** The settings page: API base URL, API key, and what the connection check said. */
export class OptionsPage {
  readonly baseUrlInput: Locator;
  readonly apiKeyInput: Locator;
  readonly saveButton: Locator;
  readonly forgetKeyButton: Locator;
  readonly replaceKeyButton: Locator;
  /** The green "Connected" notice. */
  readonly result: Locator;
  readonly errorNotice: Locator;
  readonly requestId: Locator;
  readonly maskedKey: Locator;
  /** "Ask before spending credits". */
  readonly askBeforeSpending: Locator;
  /** "Spending limit without asking", in credits per hour. */
  readonly spendingLimit: Locator;

  constructor(readonly page: Page) {
    this.askBeforeSpending = page.getByRole('switch', { name: /Ask before spending credits/ });
    this.spendingLimit = page.getByLabel('Spending limit without asking');
    this.baseUrlInput = page.getByLabel('API base URL');
    // Not getByLabel: once a key is saved the same label points at the masked <code> instead.
    this.apiKeyInput = page.locator('input[name="apiKey"]');
    this.saveButton = page.getByRole('button', { name: 'Save and connect' });
    this.forgetKeyButton = page.getByRole('button', { name: 'Forget key…' });
    this.replaceKeyButton = page.getByRole('button', { name: 'Replace key' });
    this.result = page.getByTestId('connection-ok');
    this.errorNotice = page.getByTestId('error-notice');
    this.requestId = page.getByTestId('request-id');
    this.maskedKey = page.getByTestId('masked-key');
  }

  static async open(page: Page, extensionId: string): Promise<OptionsPage> {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  /** The address is under "Advanced" (open already when it is not the default): opened as a person would. */
  async fillBaseUrl(baseUrl: string): Promise<void> {
    const advanced = this.page.locator('details.advanced');
    if (!(await advanced.evaluate((details: HTMLDetailsElement) => details.open))) await advanced.locator('summary').click();
    await this.baseUrlInput.fill(baseUrl);
  }

  async fillApiKey(apiKey: string): Promise<void> {
    await this.apiKeyInput.fill(apiKey);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Fills both fields and saves; the outcome is in `result` or `errorNotice`. */
  async connect(baseUrl: string, apiKey: string): Promise<void> {
    await this.fillBaseUrl(baseUrl);
    await this.fillApiKey(apiKey);
    await this.save();
  }

  /** Turns "Ask before spending credits" on or off, as a person does, and waits for it to hold. */
  async setAskBeforeSpending(on: boolean): Promise<void> {
    // By its label, as a person does: the styled track covers the input.
    if ((await this.askBeforeSpending.isChecked()) !== on) await this.page.locator('label', { has: this.askBeforeSpending }).click();
    await expect(this.askBeforeSpending).toBeChecked({ checked: on });
  }

  async setSpendingLimit(creditsPerHour: number): Promise<void> {
    await this.spendingLimit.fill(String(creditsPerHour));
    await this.spendingLimit.press('Enter');
  }

  /** "Forget key…", then "Forget the key" in the question it opens. */
  async forgetKey(): Promise<void> {
    await this.forgetKeyButton.click();
    await this.page
      .getByRole('group', { name: /Forget this key\?/ })
      .getByRole('button', { name: 'Forget the key' })
      .click();
  }

  async resultText(): Promise<string> {
    return (await this.result.innerText()).trim();
  }

  async errorCode(): Promise<string | null> {
    return this.errorNotice.getAttribute('data-error-code');
  }

  async maskedKeyText(): Promise<string> {
    return (await this.maskedKey.innerText()).trim();
  }

  /** Everything a person or a screen reader could get out of the page: its text and field values. */
  async everythingShown(): Promise<string> {
    return this.page.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
      return [document.documentElement.outerHTML, document.body.innerText, ...values].join('\n');
    });
  }
}
