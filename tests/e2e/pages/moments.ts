import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moments on an extension page: the "Save moment" form with its note (side panel, popup) and the
 * strips of saved moments (side panel: the followed video's; captures page: one per reel).
 */
export class Moments {
  readonly note: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;
  readonly refused: Locator;
  /** Every moment tile on the page, in the order shown. */
  readonly tiles: Locator;
  /** The captures page's reels with moments; `data-url` is the reel's canonical URL. */
  readonly reels: Locator;

  constructor(readonly page: Page) {
    const form = page.getByTestId('save-moment');
    this.note = form.getByLabel('Note (optional)');
    this.saveButton = form.getByRole('button', { name: 'Save moment' });
    this.saved = page.getByTestId('moment-saved');
    this.refused = page.getByTestId('moment-refused');
    this.tiles = page.getByTestId('moment');
    this.reels = page.getByTestId('moment-reel');
  }

  /** Types the note as a person does and saves; resolves once the page says it is saved. */
  async save(note: string): Promise<void> {
    await this.note.fill(note);
    await this.saveButton.click();
    await expect(this.saved).toBeVisible();
    await expect(this.note).toHaveValue('');
  }

  /** The moments of the reel with this canonical URL, on the captures page. */
  reel(url: string): Locator {
    return this.reels.and(this.page.locator(`[data-url="${url}"]`));
  }

  /** What a strip shows: each tile's time and note. */
  static async read(tiles: Locator): Promise<{ time: string; note: string }[]> {
    return tiles.evaluateAll((elements) =>
      elements.map((tile) => ({
        time: tile.querySelector('[data-testid="moment-time"]')?.textContent ?? '',
        note: tile.querySelector('[data-testid="moment-note"]')?.textContent ?? '',
      })),
    );
  }
}
