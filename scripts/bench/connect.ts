/** Connecting a bench browser's extension to the sandbox through the settings page, as a person does. */
import type { BrowserContext } from '@playwright/test';
import { OptionsPage } from '../../tests/e2e/pages/options-page';

/** `askBeforeSpending: false` also lifts the hourly limit, so a section measures clicks, not questions. */
export async function connectExtension(
  context: BrowserContext,
  extensionId: string,
  baseUrl: string,
  key: string,
  { askBeforeSpending = true } = {},
): Promise<void> {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.connect(baseUrl, key);
  await options.result.waitFor();
  if (!askBeforeSpending) {
    await options.setAskBeforeSpending(false);
    await options.setSpendingLimit(1000);
  }
  await options.page.close();
}
