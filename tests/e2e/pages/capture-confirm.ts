import type { Locator } from '@playwright/test';

/**
 * "Analyze with Sume?" — asked before credits are spent, in the video's button (shadow root) or in
 * the popup. `root` is the `.sume-confirm` dialog; its primary action carries `[data-autofocus]`.
 */
export class CaptureConfirm {
  /** The first line: the question, or what is known about an earlier capture of the same reel. */
  readonly question: Locator;
  /** "Uses about N credits · you have M." */
  readonly credits: Locator;
  /** The button that has the focus when the dialog opens. */
  readonly primary: Locator;
  readonly analyzeButton: Locator;
  readonly analyzeAgainButton: Locator;
  readonly openResultButton: Locator;
  readonly cancelButton: Locator;
  readonly dontAskAgain: Locator;
  /** "OK", when nothing can be sent and the dialog only says why. */
  readonly okButton: Locator;

  constructor(readonly root: Locator) {
    this.question = root.locator('p').first();
    this.credits = root.locator('p').nth(1);
    this.primary = root.locator('[data-autofocus]');
    this.analyzeButton = root.getByRole('button', { name: 'Analyze', exact: true });
    this.analyzeAgainButton = root.getByRole('button', { name: 'Analyze again' });
    this.openResultButton = root.getByRole('button', { name: 'Open result' });
    this.cancelButton = root.getByRole('button', { name: 'Cancel' });
    this.dontAskAgain = root.getByRole('checkbox', { name: 'Don’t ask again' });
    this.okButton = root.getByRole('button', { name: 'OK' });
  }

  /** The whole dialog's text, for the reason it gives when nothing can be sent. */
  text(): Promise<string> {
    return this.root.innerText();
  }
}
