/**
 * The API key stays with the extension: a content script (which shares the page's process, and
 * which a hostile page may try to talk into things) cannot read the storage area that holds it,
 * and nothing of it reaches the page's DOM, our buttons' shadow roots included.
 */
import { fixture } from '../fixtures';
import { expect, test } from './analyze-fixtures';

const TIKTOK_FEED = fixture('tiktok-foryou').urls[0] ?? '';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string };
}

test('a content script cannot read the stored key, and the page never sees it', async ({ connect, openSite, sandbox, extensionId }) => {
  await connect();
  const site = await openSite(TIKTOK_FEED);
  await site.expectOneButtonPerExpectedItem();

  // The content script's own world, found the way DevTools lists it.
  const cdp = await site.page.context().newCDPSession(site.page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
  await cdp.send('Runtime.enable');
  const contentScript = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
  expect(contentScript, `execution contexts: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData?.type]))}`).toBeDefined();
  const inContentScript = async (expression: string): Promise<unknown> =>
    (await cdp.send('Runtime.evaluate', { contextId: contentScript!.id, expression, awaitPromise: true, returnByValue: true })).result.value;

  // It is the content script's world (it can message the background)…
  expect(await inContentScript('typeof chrome.runtime.sendMessage')).toBe('function');
  // …and there storage is closed: the area with the key, and the session area.
  for (const area of ['local', 'session']) {
    const answer = await inContentScript(
      `chrome.storage.${area}.get(null).then((items) => 'read: ' + JSON.stringify(items), (error) => 'refused: ' + error.message)`,
    );
    expect(answer, `storage.${area} from a content script`).toMatch(/^refused: /);
  }

  // Nothing of the key is in the page, in the light DOM or in our (closed) shadow roots, read here
  // through DevTools' eyes since the page cannot read them at all.
  const inside = await site.reader.everythingInside();
  expect(inside).toContain('Analyze with Sume');
  const pageText = (await site.page.evaluate(() => document.documentElement.outerHTML)) + inside;
  expect(pageText).toContain('data-sume-capture');
  expect(pageText).not.toContain(sandbox.demoKey);
  expect(pageText).not.toContain(sandbox.demoKey.slice(-8));
});
