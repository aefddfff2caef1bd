/**
 * A slower link to Sume, so an upload lasts long enough to be watched: loopback moves 50 MB in
 * well under a second on an idle machine, too fast for a progress bar to show a speed. The
 * extension's PUTs run in its offscreen uploader (lib/browser/uploader-host.ts); that document is
 * opened here first, as the extension itself would, and its uploads are throttled with CDP
 * `Network.emulateNetworkConditions`. The extension then finds it open and uses it.
 *
 * The uploader is not a page Playwright shows, so the commands go through a browser-level CDP
 * session to the target (`Target.sendMessageToTarget`).
 */
import type { BrowserContext, Worker } from '@playwright/test';

const UPLOADER_PATH = '/uploader.html';

interface OffscreenGlobals {
  chrome: {
    offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
    runtime: { getURL(path: string): string; getContexts(filter: object): Promise<unknown[]> };
  };
}

/** Throttles every upload the extension makes from now on to `bytesPerSecond`, for the rest of the test. */
export async function throttleUploads(context: BrowserContext, serviceWorker: Worker, bytesPerSecond: number): Promise<void> {
  await serviceWorker.evaluate(async (path) => {
    const { chrome } = globalThis as unknown as OffscreenGlobals;
    const url = chrome.runtime.getURL(path);
    if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0) return;
    await chrome.offscreen.createDocument({
      url,
      reasons: ['BLOBS'],
      justification: 'Uploads captured media to Sume, with progress, while the popup is closed.',
    });
  }, UPLOADER_PATH);

  const browser = context.browser();
  if (!browser) throw new Error('No browser-level CDP session for this context.');
  // Kept open: the network conditions last as long as the session that set them.
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const uploader = targetInfos.find((target) => target.url.endsWith(UPLOADER_PATH));
  if (!uploader) throw new Error(`The extension's uploader (${UPLOADER_PATH}) is not open.`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: uploader.targetId, flatten: false });

  let lastId = 0;
  const answers = new Map<number, (answer: { error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const answer = JSON.parse(event.message) as { id?: number; error?: { message: string } };
    if (answer.id !== undefined) answers.get(answer.id)?.(answer);
  });
  const send = async (method: string, params: object) => {
    const id = ++lastId;
    const answered = new Promise<{ error?: { message: string } }>((resolve) => answers.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const answer = await answered;
    if (answer.error) throw new Error(`${method} failed in the uploader: ${answer.error.message}`);
  };
  await send('Network.enable', {});
  await send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
}
