/** Opening the For You fixture in a bench browser and waiting until the page (and the extension) is live. */
import type { Page } from '@playwright/test';
import { EXPECT_SELECTOR, HOST_SELECTOR, type FeedFixture } from './feed-fixture';

export async function openFeed(page: Page, url: string, withExtension: boolean): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => '__fixture' in window);
  await page.evaluate(() => (window as unknown as { __fixture: FeedFixture }).__fixture.ready);
  // The content script asks the background for its settings before it mounts anything.
  if (withExtension) await page.locator(`${EXPECT_SELECTOR} ${HOST_SELECTOR}`).first().waitFor({ state: 'attached', timeout: 20_000 });
}
