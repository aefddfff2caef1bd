/**
 * Renders assets/icon.svg to the PNG sizes the manifests use (assets/public/icon/<size>.png).
 * Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`. Needs Debian Chromium.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true });
    await writeFile(new URL(`../assets/public/icon/${size}.png`, import.meta.url), png);
  }
} finally {
  await browser.close();
}
