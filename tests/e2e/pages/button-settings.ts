import { expect, type Locator, type Page } from '@playwright/test';

/** The "Sume button on videos" switches of the settings page, one per platform. */
export class ButtonSettings {
  readonly tiktok: Locator;
  readonly instagram: Locator;

  constructor(readonly page: Page) {
    // The label reads "TikTok" then where the button shows; the hint never names the other platform.
    this.tiktok = page.getByRole('switch', { name: /^TikTok/ });
    this.instagram = page.getByRole('switch', { name: /^Instagram/ });
  }

  /** Flips a switch as a person does: by clicking its label (the styled track covers the input). */
  async set(platformSwitch: Locator, on: boolean): Promise<void> {
    if ((await platformSwitch.isChecked()) !== on) await this.page.locator('label', { has: platformSwitch }).click();
    await expect(platformSwitch).toBeChecked({ checked: on });
  }
}
