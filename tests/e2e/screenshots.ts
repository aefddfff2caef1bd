/** Full-page pictures of each screen in light and dark, for people to look over (not compared). */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** `fullPage: false` pictures the viewport only: a site page with our fixed bar reads as a person sees it. */
export async function captureLightAndDark(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-${colorScheme}.png`, fullPage, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: null });
}

/**
 * The site and the side panel as a person sees them, side by side, in light and dark: each page is
 * pictured at its own size (headless Chromium draws no real panel next to a tab), and the two
 * pictures are laid out together in a scratch page of this browser, pictured again.
 */
export async function captureBeside(site: Page, panel: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const picture = async (page: Page, colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme });
    return `data:image/png;base64,${(await page.screenshot({ animations: 'disabled' })).toString('base64')}`;
  };
  // Both pictured before the scratch page opens: the panel follows whichever tab is in front.
  const schemes = ['light', 'dark'] as const;
  const pictures = [];
  for (const colorScheme of schemes) pictures.push({ colorScheme, left: await picture(site, colorScheme), right: await picture(panel, colorScheme) });
  for (const page of [site, panel]) await page.emulateMedia({ colorScheme: null });
  const sizes = [site, panel].map((page) => page.viewportSize() ?? { width: 800, height: 900 });
  const board = await site.context().newPage();
  await board.setViewportSize({ width: sizes.reduce((sum, size) => sum + size.width, 0) + 1, height: Math.max(...sizes.map((size) => size.height)) });
  for (const { colorScheme, left, right } of pictures) {
    await board.setContent(
      `<body style="margin:0;display:flex;align-items:flex-start;background:#000"><img src="${left}"><img src="${right}" style="border-left:1px solid #888"></body>`,
    );
    await board.screenshot({ path: `${SCREENSHOT_DIR}${name}-${colorScheme}.png` });
  }
  await board.close();
}
