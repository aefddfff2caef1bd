import type { Locator, Page } from '@playwright/test';
import { PopupPage } from './popup-page';

/**
 * Uploads into the Asset Library as a person sees them: the captures page's Uploads tab, or the
 * popup's "Add to Asset Library" card (the same rows and file chooser, fewer of them).
 */
export class UploadsPanel {
  /** Behind "Choose files" (the button opens it; tests hand it the files directly). */
  readonly fileInput: Locator;
  readonly rows: Locator;
  /** What became of the files just chosen: started, refused (with reasons) or not at all. */
  readonly outcome: Locator;
  /** One line per refused file, naming it and saying why. */
  readonly refusals: Locator;
  /** The screen-reader announcement of an upload that finished or failed. */
  readonly announcer: Locator;

  constructor(
    readonly page: Page,
    root: Locator,
  ) {
    this.fileInput = root.getByTestId('upload-input');
    this.rows = root.getByTestId('upload-row');
    this.outcome = root.getByTestId('upload-outcome');
    this.refusals = root.getByTestId('upload-rejected').getByRole('listitem');
    this.announcer = root.getByTestId('upload-announcer');
  }

  /** The captures page, on its Uploads tab. */
  static async openCapturesTab(page: Page, extensionId: string): Promise<UploadsPanel> {
    await page.goto(`chrome-extension://${extensionId}/captures.html?view=uploads`);
    return new UploadsPanel(page, page.getByRole('tabpanel', { name: 'Uploads' }));
  }

  /** The popup's "Add to Asset Library" card (shown once a workspace is connected). */
  static async openPopupCard(page: Page, extensionId: string): Promise<UploadsPanel> {
    await PopupPage.open(page, extensionId);
    return new UploadsPanel(page, page.getByTestId('add-to-library'));
  }

  /** Picks files in "Choose files", as the file dialog would hand them over. */
  async chooseFiles(paths: string[]): Promise<void> {
    await this.fileInput.setInputFiles(paths);
  }

  row(filename: string): Locator {
    return this.rows.filter({ has: this.page.getByText(filename, { exact: true }) });
  }

  /** "Uploading · 12 MB of 50 MB, 8.1 MB/s, 5 s left", "Added to your Asset Library"… */
  step(filename: string): Locator {
    return this.row(filename).getByTestId('upload-step');
  }

  progressBar(filename: string): Locator {
    return this.row(filename).getByRole('progressbar', { name: `Upload of ${filename}` });
  }

  /**
   * From now on, writes down every distinct thing each row says (its step, and the reason while it
   * waits to retry), so a state shown for half a second is not missed between two checks.
   */
  async recordWhatRowsSay(): Promise<void> {
    await this.page.evaluate(() => {
      const said = new Map<string, string[]>();
      (window as unknown as { __rowsSaid: Map<string, string[]> }).__rowsSaid = said;
      const note = () => {
        for (const row of document.querySelectorAll('[data-testid="upload-row"]')) {
          const name = row.querySelector('.upl-row__name')?.textContent ?? '';
          const text = [row.querySelector('[data-testid="upload-step"]'), row.querySelector('.upl-row__reason')]
            .map((element) => element?.textContent?.trim())
            .filter(Boolean)
            .join(' — ');
          const lines = said.get(name) ?? [];
          if (lines.at(-1) !== text) said.set(name, [...lines, text]);
        }
      };
      note();
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  /** Everything the row of `filename` said since `recordWhatRowsSay()`, in order. */
  async whatRowSaid(filename: string): Promise<string[]> {
    return this.page.evaluate((name) => (window as unknown as { __rowsSaid: Map<string, string[]> }).__rowsSaid.get(name) ?? [], filename);
  }
}
