/**
 * Asset Library search in the side panel: what a person types reaches Sume as one `GET /assets`
 * per settled query (older ones cancelled), results show each scene with what matched, pages go on
 * with Sume's cursor, "Open in Sume" opens the asset, and Sume's refusals are said with their
 * request id, never shown as "no results".
 */
import { expect, test } from './analyze-fixtures';
import { expectNoAxeViolations } from './axe';
import { SidePanel } from './pages/side-panel';
import { captureLightAndDark } from './screenshots';

test('typing in the panel asks Sume once per settled query, shows the scenes that match, and pages on', async ({ connect, context, extensionId, sandbox }) => {
  await connect();
  await sandbox.seedAsset('Croissant hook', 'Hands fold butter into dough, close up');
  await sandbox.seedAsset('Standing desk review', 'A person types at a standing desk');
  for (let i = 1; i <= 12; i++) await sandbox.seedAsset(`Morning routine ${i}`, `Morning routine scene ${i}: coffee, light, a hook line`);
  const queries: URL[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.href.startsWith(`${sandbox.baseUrl}/assets`)) queries.push(url);
  });

  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await panel.typeSearch('butter dough');
  await expect(panel.searchStatus).toHaveText('1 result for “butter dough”');
  await expect(panel.searchHits).toHaveCount(1);
  await expect(panel.searchHits.first()).toContainText('Croissant hook');
  await expect(panel.searchHits.first()).toContainText('Hands fold butter into dough');
  await expect(panel.searchHits.first()).toContainText('Match 100%');
  // Each key came within the wait: one request, for what was finally typed.
  expect(queries.map((url) => url.searchParams.get('q'))).toEqual(['butter dough']);
  expect(queries[0]?.searchParams.get('sort')).toBe('relevance');

  // A page of ten, then the rest with Sume's cursor.
  await panel.typeSearch('morning routine');
  await expect(panel.searchHits).toHaveCount(10);
  await expect(panel.searchStatus).toHaveText('10 results for “morning routine”');
  await panel.moreResults.click();
  await expect(panel.searchHits).toHaveCount(12);
  await expect(panel.moreResults).toHaveCount(0);
  expect(queries.map((url) => [url.searchParams.get('q'), url.searchParams.has('cursor')])).toEqual([
    ['butter dough', false],
    ['morning routine', false],
    ['morning routine', true],
  ]);
  await captureLightAndDark(panel.page, 'side-panel-search');
  await expectNoAxeViolations(panel.page, 'the side panel with search results');

  // Nothing matches: said so, not an error.
  await panel.typeSearch('zebra');
  await expect(panel.searchStatus).toHaveText('Nothing in your Asset Library matches “zebra”.');

  // "Open in Sume" opens the asset's page in Sume.
  await panel.typeSearch('standing desk');
  const opened = context.waitForEvent('page');
  await panel.searchHits.first().getByRole('link', { name: 'Open in Sume' }).click();
  const assetPage = await opened;
  await expect(assetPage.getByTestId('asset-title')).toHaveText('Standing desk review');
});

test('a query typed on while the last one is still on its way cancels it: only the newest is answered', async ({ connect, context, extensionId, sandbox }) => {
  await connect();
  await sandbox.seedAsset('Croissant hook', 'Hands fold butter into dough');
  await sandbox.injectFault({ method: 'GET', path: '/api/v1/assets', delayMs: 3_000, times: 1 });
  const sent: string[] = [];
  const cancelled: string[] = [];
  const query = (url: string) => (url.startsWith(`${sandbox.baseUrl}/assets`) ? new URL(url).searchParams.get('q') : null);
  context.on('request', (request) => void (query(request.url()) !== null && sent.push(query(request.url()) ?? '')));
  context.on('requestfailed', (request) => void (query(request.url()) !== null && cancelled.push(query(request.url()) ?? '')));

  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await panel.typeSearch('butter');
  await expect.poll(() => sent).toEqual(['butter']);
  await panel.searchField.pressSequentially(' dough', { delay: 40 });
  await expect(panel.searchStatus).toHaveText('1 result for “butter dough”');
  expect(sent).toEqual(['butter', 'butter dough']);
  await expect.poll(() => cancelled).toEqual(['butter']);
});

for (const { status, code } of [
  { status: 401, code: 'unauthorized' },
  { status: 429, code: 'rate_limit_exceeded' },
  { status: 500, code: 'internal_error' },
]) {
  test(`a search Sume refuses with ${status} says so with its request id, and the next one works`, async ({ connect, context, extensionId, sandbox }) => {
    await connect();
    await sandbox.seedAsset('Croissant hook', 'Hands fold butter into dough');
    await sandbox.injectFault({ method: 'GET', path: '/api/v1/assets', status, code, times: 1 });
    const panel = await SidePanel.open(await context.newPage(), extensionId);
    await panel.typeSearch('croissant');
    await expect(panel.searchError).toBeVisible();
    await expect(panel.searchError).toHaveAttribute('data-error-code', code);
    await expect(panel.searchError.getByTestId('request-id')).toContainText(/req_/);
    await expect(panel.searchHits).toHaveCount(0);
    await panel.typeSearch('croissant hook');
    await expect(panel.searchHits).toHaveCount(1);
    await expect(panel.searchError).toHaveCount(0);
  });
}

test('“sume <words>” in the address bar suggests the matching assets, and Enter opens the search with the words', async ({
  connect,
  context,
  extensionId,
  sandbox,
  serviceWorker,
}) => {
  await connect();
  const id = await sandbox.seedAsset('Croissant <hook> & butter', 'Hands fold butter into dough');
  await sandbox.seedAsset('Standing desk review', 'A person types at a standing desk');
  const suggestions = await serviceWorker.evaluate(
    (text) =>
      (globalThis as unknown as { __sumeTest: { omniboxSuggest(t: string): Promise<{ content: string; description: string }[]> } }).__sumeTest.omniboxSuggest(
        text,
      ),
    'butter',
  );
  // Chrome reads the description as XML: the asset's own title is escaped, never markup.
  expect(suggestions).toEqual([
    { content: `${sandbox.origin}/library/assets/${id}`, description: 'Croissant &lt;hook&gt; &amp; butter — Hands fold butter into dough' },
  ]);

  // Enter on words: the search page, in a tab, with them searched.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?q=${encodeURIComponent('standing desk')}`);
  const panel = new SidePanel(page);
  await expect(panel.searchField).toHaveValue('standing desk');
  await expect(panel.searchHits).toHaveCount(1);
  await expect(panel.searchHits.first()).toContainText('Standing desk review');
});

/** The side panel's pending request (lib/storage/panel-intent.ts), read or written in the background's storage. */
type WithSession = {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
};

test('words searched in the popup open the real side panel, which takes them', async ({ connect, openAnalyzePopup, serviceWorker }) => {
  await connect();
  const popup = await openAnalyzePopup();
  const field = popup.page.getByRole('searchbox', { name: 'Search your Asset Library' });
  await field.fill('croissant');
  // The popup closes as the panel opens, possibly before the key is even released.
  await field.press('Enter').catch((error: Error) => expect(error.message).toMatch(/closed/));
  // Chromium opens its side panel (headless too) and the popup closes; the panel, once loaded, has
  // taken the popup's words (nothing is left of them).
  await expect.poll(() => popup.page.isClosed()).toBe(true);
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => (await (globalThis as unknown as WithSession).chrome.storage.session.get('panelIntent')).panelIntent ?? null),
    )
    .toBeNull();
});

test('given words from the popup, the side panel searches them with the field focused, once', async ({
  connect,
  context,
  extensionId,
  sandbox,
  serviceWorker,
}) => {
  await connect();
  await sandbox.seedAsset('Croissant hook', 'Hands fold butter into dough');
  await serviceWorker.evaluate(() =>
    (globalThis as unknown as WithSession).chrome.storage.session.set({ panelIntent: { focus: 'search', query: 'croissant', at: Date.now() } }),
  );
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.searchField).toBeFocused();
  await expect(panel.searchField).toHaveValue('croissant');
  await expect(panel.searchHits).toHaveCount(1);
  // Once: opened again later, the panel starts empty and leaves the focus where the page puts it.
  const again = await SidePanel.open(await context.newPage(), extensionId);
  await expect(again.searchField).toBeVisible();
  await expect(again.searchField).toHaveValue('');
  await expect(again.searchField).not.toBeFocused();
});
