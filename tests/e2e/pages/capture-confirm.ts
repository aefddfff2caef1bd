import { expect, type Locator } from '@playwright/test';

/**
 * "Analyze this video with Sume?" as the popup (and the right-click confirm window) asks it, in
 * place (components/SpendConfirmation.tsx). It ignores input for a moment after it appears, so a
 * double click cannot carry over into it: the actions below wait until it accepts input.
 */
export class CaptureConfirm {
  /** The first line: the question, or what is known about an earlier capture of the same reel. */
  readonly question: Locator;
  /** "Uses N credits · you have M." */
  readonly credits: Locator;
  readonly url: Locator;
  /** The button that has the focus when it opens. */
  readonly primary: Locator;
  readonly analyzeButton: Locator;
  readonly analyzeAgainButton: Locator;
  readonly openResultButton: Locator;
  readonly cancelButton: Locator;
  readonly closeButton: Locator;
  readonly dontAskAgain: Locator;

  constructor(readonly root: Locator) {
    this.question = root.locator('.spend__title');
    this.credits = root.getByTestId('spend-credits');
    this.url = root.getByTestId('spend-url');
    this.primary = root.locator('[data-autofocus]');
    this.analyzeButton = root.getByRole('button', { name: 'Analyze', exact: true });
    this.analyzeAgainButton = root.getByRole('button', { name: 'Analyze again' });
    this.openResultButton = root.getByRole('button', { name: 'Open result' });
    this.cancelButton = root.getByRole('button', { name: 'Cancel' });
    this.closeButton = root.getByRole('button', { name: 'Close' });
    this.dontAskAgain = root.getByRole('checkbox', { name: /Don’t ask again/ });
  }

  /** Resolves once the question accepts input. */
  async ready(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-armed', 'true');
  }

  async click(button: Locator): Promise<void> {
    await this.ready();
    await button.click();
  }

  /** The whole dialog's text. */
  text(): Promise<string> {
    return this.root.innerText();
  }
}
