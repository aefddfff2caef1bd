/**
 * Files the Asset Library cannot take are refused before anything is sent: the person is told
 * which file and why, nothing reaches Sume (no upload link is even asked for) and nothing is kept
 * in the browser. The background checks again, so a page that skipped the check changes nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './upload-fixtures';
import { UploadLedger } from './upload-ledger';
import { PRESIGN, type SandboxLibrary } from './upload-sandbox';

async function expectNothingSent(library: SandboxLibrary, ledger: UploadLedger): Promise<void> {
  expect(await library.requestsTo(PRESIGN)).toEqual([]);
  expect(await library.pipelineCalls()).toEqual({ presign: 0, put: 0, finalize: 0 });
  expect(await ledger.uploads()).toEqual([]);
  expect(await ledger.keptBlobIds()).toEqual([]);
}

/**
 * What a page of the extension could send the background without checking first: the bytes kept
 * in IndexedDB, then `startUploads` in @webext-core/messaging's envelope. Returns the answer.
 */
function startUploadSkippingChecks(page: Page, file: { name: string; type: string; text: string }): Promise<unknown> {
  return page.evaluate(async ({ name, type, text }) => {
    const blob = new Blob([text], { type });
    const blobId = crypto.randomUUID();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sume-capture');
      request.onupgradeneeded = () => {
        request.result.createObjectStore('blobs');
        request.result.createObjectStore('uploads', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(blob, blobId);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const item = { blobId, filename: name, contentType: type, sizeBytes: blob.size, source: 'file', meta: {} };
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
    return runtime.sendMessage({ id: 1, type: 'startUploads', data: { items: [item] }, timestamp: Date.now() });
  }, file);
}

test('a page that skips the checks still cannot upload a text file: the background refuses it', async ({ connect, openUploadsTab, library }) => {
  await connect();
  const uploads = await openUploadsTab();

  const answer = await startUploadSkippingChecks(uploads.page, { name: 'notes.txt', type: 'text/plain', text: 'not a video' });

  expect(answer).toEqual({ res: { ok: true, ids: [], rejected: [{ filename: 'notes.txt', reason: '“notes.txt” is not an image or a video (text/plain).' }] } });
  await expectNothingSent(library, new UploadLedger(uploads.page));
  await expect(uploads.rows).toHaveCount(0);
});

// Files "Choose files" refuses, and the reason the person reads for each.
const REFUSED_FILES: { name: string; content: string; reason: string }[] = [
  { name: 'empty.png', content: '', reason: '“empty.png” is empty.' },
  { name: 'notes.txt', content: 'Shot list: harbour at dawn, tram 28, pastel de nata.', reason: '“notes.txt” is not an image or a video (text/plain).' },
];

for (const { name, content, reason } of REFUSED_FILES) {
  test(`${name} is refused with the reason and never reaches Sume`, async ({ connect, openUploadsTab, library, files }) => {
    await connect();
    const file = await files.text(name, content);

    const uploads = await openUploadsTab();
    await uploads.chooseFiles([file]);

    await expect(uploads.outcome).toContainText('Not added');
    await expect(uploads.refusals).toHaveText([reason]);
    await expect(uploads.outcome).not.toContainText('uploading');
    await expect(uploads.rows).toHaveCount(0);
    await expectNothingSent(library, new UploadLedger(uploads.page));
  });
}
