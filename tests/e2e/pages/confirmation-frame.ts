/**
 * "Analyze this video with Sume?" as the in-page button asks it: in the extension's own frame over
 * the page (entrypoints/confirm). Playwright reaches into it as a frame of the tab — a page script
 * cannot — and clicks in it with real input, as a person does. (A second such frame may wait out of
 * sight, loaded ahead of the next click: the one asking is the one with a question in it.)
 */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** Whether one of our question hosts is shown over the page (the page itself can see that much). */
export function questionShown(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('sume-capture-confirm')].some((host) => host.style.visibility !== 'hidden'));
}

export class ConfirmationFrame {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  /** The frame asking the question, once it is there. */
  async frame(): Promise<Frame> {
    let found: Frame | undefined;
    await expect.poll(async () => (found = await this.asking()) !== undefined, { message: 'the confirmation frame opens' }).toBe(true);
    return found!;
  }

  private async asking(): Promise<Frame | undefined> {
    for (const frame of this.page.frames()) {
      if (!frame.url().startsWith(`chrome-extension://${this.extensionId}/confirm.html`) || frame.isDetached()) continue;
      if (await frame.evaluate(() => document.querySelector('.spend') !== null).catch(() => false)) return frame;
    }
    return undefined;
  }

  /** Whether a question is shown now. */
  isOpen(): Promise<boolean> {
    return questionShown(this.page);
  }

  /** Waits for the question to be ready and to accept input (it ignores input for a moment after it appears). */
  async dialog(): Promise<Locator> {
    const dialog = (await this.frame()).locator('.spend');
    await expect(dialog).toHaveAttribute('data-armed', 'true');
    return dialog;
  }

  async title(): Promise<Locator> {
    return (await this.frame()).locator('.spend__title');
  }

  async reel(): Promise<Locator> {
    return (await this.frame()).getByTestId('spend-reel');
  }

  async url(): Promise<Locator> {
    return (await this.frame()).getByTestId('spend-url');
  }

  async credits(): Promise<Locator> {
    return (await this.frame()).getByTestId('spend-credits');
  }

  /** The button that has the focus when it opens. */
  async focused(): Promise<Locator> {
    return (await this.frame()).locator('[data-autofocus]');
  }

  async button(name: string | RegExp): Promise<Locator> {
    await this.dialog();
    return (await this.frame()).getByRole('button', { name, exact: typeof name === 'string' });
  }

  async choose(name: string | RegExp): Promise<void> {
    await (await this.button(name)).click();
  }

  async analyze(): Promise<void> {
    await this.choose('Analyze');
  }

  async dontAskAgain(): Promise<Locator> {
    await this.dialog();
    return (await this.frame()).getByRole('checkbox', { name: /Don’t ask again/ });
  }

  /** The question is gone from the page. */
  async expectClosed(): Promise<void> {
    await expect.poll(() => this.isOpen(), { message: 'the confirmation frame closes' }).toBe(false);
  }
}
