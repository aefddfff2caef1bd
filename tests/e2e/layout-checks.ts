/** Checks for text that runs long (translations, the pseudo-locale): nothing off the page's sides. */
import { expect, type Page } from '@playwright/test';

/** Visible elements whose box crosses the viewport's left or right edge, and the page's own overflow. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width} px`);
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      // An element inside a clipping ancestor (an ellipsis, a scroller) is cut on purpose.
      let clipped = false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') clipped = true;
      }
      if (clipped) continue;
      if (box.right > width + 1 || box.left < -1) {
        const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
        found.push(`${label} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
      }
    }
    return found;
  });
}

export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  expect(await horizontalOverflow(page), `${where}: nothing runs off the side`).toEqual([]);
}

/**
 * Text of the interface's own controls and headings that is not pseudo-localized: a string that
 * skipped the locale files. `[data-user-content]` (captions, handles, names from Sume) is the
 * person's data, not ours, and is left out.
 */
export async function untranslatedInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const PSEUDO = /[\u00c0-\u024f\u1e00-\u1eff]/;
    const selectors = 'button, h1, h2, h3, h4, label, legend, summary, th, [role="tab"], a, p, .sc-muted, [aria-label], [title], [placeholder]';
    const found = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>(selectors)) {
      if (element.closest('[data-user-content], code, kbd, time') || element.getClientRects().length === 0) continue;
      const texts = [
        // The element's own text, its pieces together (a sentence around a bold name or a link is one message).
        [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join(' '),
        element.getAttribute('aria-label') ?? '',
        element.getAttribute('title') ?? '',
        element.getAttribute('placeholder') ?? '',
      ];
      for (const text of texts.map((value) => value.trim())) {
        // Words of at least two letters, and none of them pseudo: English that skipped the locale files.
        // Addresses, handles and file names (one word with a "/", "@" or ".") are data, not interface text.
        const data = /^\S+$/.test(text) && /[/@.]/.test(text);
        if (/[A-Za-z]{2,}/.test(text) && !PSEUDO.test(text) && !data && !/^(Sume Capture|TikTok|Instagram)$/.test(text)) found.add(text.slice(0, 80));
      }
    }
    return [...found];
  });
}
