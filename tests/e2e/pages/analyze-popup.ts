import type { Locator, Page } from '@playwright/test';
import { CaptureConfirm } from './capture-confirm';
import { PopupPage } from './popup-page';

/**
 * The popup's "Analyze" card (the reel of the tab the user was on, a field for any link, the
 * answer in place) and its recent captures. The same page is the confirm window that the
 * right-click menu opens (`popup.html?capture=<url>&source=context_menu`).
 */
export class AnalyzePopup {
  readonly card: Locator;
  /** The reel the popup found on the user's tab, with its "Analyze this reel" button. */
  readonly activeReel: Locator;
  readonly analyzeThisReelButton: Locator;
  readonly noVideoHint: Locator;
  readonly linkField: Locator;
  readonly linkSubmit: Locator;
  /** Why a pasted link cannot be analyzed (`role=alert`). */
  readonly linkError: Locator;
  readonly confirm: CaptureConfirm;
  /** "Sent to Sume". */
  readonly sent: Locator;
  readonly errorNotice: Locator;
  /** One row per recent capture; `data-phase` is queued, sending, analyzing, done or failed. */
  readonly recentCaptures: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator('section.analyze');
    this.activeReel = this.card.locator('.analyze__active');
    this.analyzeThisReelButton = this.card.getByRole('button', { name: 'Analyze this reel' });
    this.noVideoHint = this.card.locator('.analyze__hint');
    this.linkField = page.getByLabel('TikTok or Instagram link');
    this.linkSubmit = page.locator('form.paste').getByRole('button', { name: 'Analyze' });
    this.linkError = page.locator('form.paste').getByRole('alert');
    this.confirm = new CaptureConfirm(this.card.locator('.spend'));
    this.sent = page.getByTestId('capture-sent');
    this.errorNotice = this.card.getByTestId('error-notice');
    this.recentCaptures = page.getByTestId('recent-capture');
  }

  /** The toolbar popup, in a tab; `query` such as `?capture=…&source=context_menu` makes it the confirm window. */
  static async open(page: Page, extensionId: string, query = ''): Promise<AnalyzePopup> {
    await page.setViewportSize(PopupPage.viewport);
    await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
    return new AnalyzePopup(page);
  }

  /** Pastes a link and submits it, as a person does with the field. */
  async analyzeLink(url: string): Promise<void> {
    await this.linkField.fill(url);
    await this.linkSubmit.click();
  }

  /** The URL of the reel shown as the tab's video. */
  async activeReelUrl(): Promise<string | null> {
    return this.activeReel.locator('.analyze__url').getAttribute('title');
  }
}
