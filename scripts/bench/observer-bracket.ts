/**
 * Times the extension's MutationObserver callbacks from the page, without touching the extension.
 *
 * Blink delivers mutation records to observers in the order they were created, across worlds (the
 * content script's isolated world shares the page's event loop). An observer created at document
 * start, before the content script (document_idle), stamps the start of every delivery; one created
 * after the content script is running stamps the end. What runs in between is the extension's
 * callback — resolving items, Preact's synchronous first render, the mount — since the fixture has
 * no MutationObserver of its own. Without the extension the bracket measures ~0 (a control).
 */
import type { BrowserContext, Page } from '@playwright/test';

interface BracketState {
  start: number;
  totalMs: number;
}
export interface BracketWindow {
  __benchObserverBracket: BracketState;
}

export async function openObserverBracket(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state: BracketState = { start: 0, totalMs: 0 };
    (window as unknown as BracketWindow).__benchObserverBracket = state;
    new MutationObserver(() => {
      state.start = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Call once the extension's observer exists (its first button is mounted). */
export async function closeObserverBracket(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = (window as unknown as BracketWindow).__benchObserverBracket;
    new MutationObserver(() => {
      if (state.start) state.totalMs += performance.now() - state.start;
      state.start = 0;
    }).observe(document, { childList: true, subtree: true });
  });
}
