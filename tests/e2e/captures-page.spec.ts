/**
 * Captures people recognise: the creator and caption the page showed when a reel was captured name
 * it on the captures page (two Instagram reels no longer both read "Instagram Reel"), in a list or
 * a grid, sorted as asked, walked with the arrow keys, ticked in bulk and exported.
 */
import { readFile } from 'node:fs/promises';
import { fixture } from '../fixtures';
import { expect, test, UNTIL_DONE } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { captureLightAndDark } from './screenshots';

test('two Instagram reels are named by creator and caption, in a list and a grid, sorted, walked by keyboard and exported', async ({
  connect,
  openSite,
  openCaptures,
  extension,
  reelButton,
}) => {
  await connect();
  const site = await openSite(fixture('instagram-home').urls[0] ?? '');
  const urls = (await site.expectOneButtonPerExpectedItem()).slice(0, 2);
  expect(urls).toHaveLength(2);
  for (const url of urls) {
    const reel = reelButton(site, url);
    await reel.analyze();
    await reel.expectState('done', UNTIL_DONE);
  }

  // What the page showed is kept with each capture: who posted it, and its caption.
  const stored = await extension.captures();
  const names = stored.map((capture) => capture.reel?.creator);
  expect(names.every((creator) => typeof creator === 'string' && creator.length > 0)).toBe(true);

  const captures = await openCaptures();
  await expect(captures.rows).toHaveCount(2);
  for (const capture of stored) {
    const title = captures.row(capture.id).locator('.cap-row__title');
    await expect(title).toHaveText(`@${capture.reel?.creator}`);
    if (capture.reel?.caption) await expect(captures.row(capture.id).locator('.cap-row__caption')).toHaveText(capture.reel.caption);
  }
  await expect(captures.page.getByText('Instagram Reel', { exact: true })).toHaveCount(0);
  await captureLightAndDark(captures.page, 'captures-list-recognisable');

  // Sorted by creator, alphabetically.
  await captures.page.getByLabel('Sort').selectOption('creator');
  const sorted = [...stored].sort((a, b) => (a.reel?.creator ?? '').localeCompare(b.reel?.creator ?? '', undefined, { sensitivity: 'base' }));
  await expect(captures.page.locator('.cap-row__title')).toHaveText(sorted.map((capture) => `@${capture.reel?.creator}`));

  // The arrow keys walk the list.
  await captures.page.locator('.cap-row__title').first().focus();
  await captures.page.keyboard.press('ArrowDown');
  await expect(captures.page.locator('.cap-row__title').nth(1)).toBeFocused();
  await captures.page.keyboard.press('Home');
  await expect(captures.page.locator('.cap-row__title').first()).toBeFocused();

  await captures.page.getByRole('radio', { name: 'Grid' }).check();
  await expect(captures.page.locator('.cap-list--grid')).toBeVisible();
  await expectNoAxeViolations(captures.page, 'the captures page as a grid');
  await captureLightAndDark(captures.page, 'captures-grid');

  // Both ticked, exported as Markdown: each analysis under its creator.
  await captures.page.getByRole('checkbox', { name: 'Select all' }).check();
  await expect(captures.page.getByTestId('bulk-actions')).toContainText('2 selected');
  const [download] = await Promise.all([captures.page.waitForEvent('download'), captures.page.getByRole('button', { name: 'Export 2 captures' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sume-captures-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await download.path()) ?? '', 'utf8');
  for (const capture of stored) {
    expect(markdown).toContain(`@${capture.reel?.creator}`);
    expect(markdown).toContain(capture.url);
  }
});

test('fifty-five captures: a compact page with its thumbnails, and "Show more" for the rest', async ({ connect, openCaptures, serviceWorker }) => {
  await connect();
  // Many captures at once are a layout question: they are written as the background keeps them.
  await serviceWorker.evaluate(async () => {
    const now = Date.now();
    const captures: Record<string, unknown> = {};
    for (let i = 0; i < 55; i++) {
      const id = `seed-${i}`;
      captures[id] = {
        id,
        url:
          i % 2
            ? `https://www.instagram.com/reel/C8vQ2xLt_${String(i).padStart(2, '0')}/`
            : `https://www.tiktok.com/@maker${i % 7}/video/73982017465310976${String(i).padStart(2, '0')}`,
        source: 'button',
        idempotencyKey: `k${i}`,
        status: 'delivered',
        attempts: 1,
        createdAt: now - i * 3_600_000,
        updatedAt: now - i * 3_600_000,
        jobId: `job_${i}`,
        job: { id: `job_${i}`, status: i % 9 === 0 ? 'failed' : 'completed', since: now, polls: 1, nextPollAt: now, finishedAt: now, notified: true },
        reel: { creator: `maker${i % 7}`, caption: `Hook idea ${i}: open on the result, then show the steps` },
      };
    }
    await (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } }).chrome.storage.local.set({ captures });
  });
  const captures = await openCaptures();
  await captures.page.setViewportSize({ width: 1100, height: 900 });
  await expect(captures.rows).toHaveCount(50);
  await expect(captures.page.getByRole('button', { name: /Show/ })).toBeVisible();
  await captureLightAndDark(captures.page, 'captures-55');
  await captures.page.getByRole('radio', { name: 'Grid' }).check();
  await captureLightAndDark(captures.page, 'captures-55-grid');
});
