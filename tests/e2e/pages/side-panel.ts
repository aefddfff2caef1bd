import type { Locator, Page } from '@playwright/test';
import { AnalyzePopup } from './analyze-popup';

/**
 * The side panel (entrypoints/sidepanel), driven as an extension page in a tab: headless Chromium
 * has no side panel to open, and a panel opened as a page follows the most recently used other tab
 * of its window, as it follows the active tab beside it. Its analyze card is the popup's.
 */
export class SidePanel {
  /** The video the panel follows; `data-url` is its canonical URL. */
  readonly video: Locator;
  /** The video's capture, when it has one; `data-phase` is queued, sending, analyzing, done or failed. */
  readonly capture: Locator;
  readonly result: Locator;
  readonly notAnalyzed: Locator;
  readonly noVideo: Locator;
  readonly notPlatform: Locator;
  readonly analyze: AnalyzePopup;
  /** The Asset Library search box, its live status line, and one row per result. */
  readonly searchField: Locator;
  readonly searchStatus: Locator;
  readonly searchHits: Locator;
  readonly moreResults: Locator;
  readonly searchError: Locator;

  constructor(readonly page: Page) {
    this.video = page.getByTestId('panel-video');
    this.capture = page.getByTestId('panel-capture');
    this.result = page.getByTestId('panel-analysis').getByTestId('result-view');
    this.notAnalyzed = page.getByTestId('panel-not-analyzed');
    this.noVideo = page.getByTestId('panel-no-video');
    this.notPlatform = page.getByTestId('panel-not-platform');
    this.analyze = new AnalyzePopup(page);
    this.searchField = page.getByLabel('Search your Asset Library');
    this.searchStatus = page.getByTestId('search-status');
    this.searchHits = page.getByTestId('search-hit');
    this.moreResults = page.getByRole('button', { name: 'More results' });
    this.searchError = page.getByTestId('asset-search').getByTestId('error-notice');
  }

  static async open(page: Page, extensionId: string): Promise<SidePanel> {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(page);
  }

  /** Types as a person does, a key at a time (`delay` ms apart: faster than the search waits for). */
  async typeSearch(text: string, delay = 40): Promise<void> {
    await this.searchField.fill('');
    await this.searchField.pressSequentially(text, { delay });
  }
}
