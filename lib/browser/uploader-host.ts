/**
 * Where PUTs run. Chrome's MV3 worker has no XMLHttpRequest (no upload progress) and may be stopped
 * mid-upload, so Chrome uses an offscreen document (reason BLOBS) that lives on its own; Firefox's
 * background page has XMLHttpRequest and runs them itself. One place for that difference.
 */
import type { SerializedSumeError } from '../api/errors';
import { uploadTexts, type SignedUpload } from '../api/signed-upload';
import { sendMessage } from '../messaging';
import { abortUpload, putUpload } from '../uploads/put-worker';
import { reported } from '../diagnostics/report';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeLike {
  offscreen?: OffscreenApi;
  runtime: { getURL(path: string): string; getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
}

const chromeApi = (): ChromeLike | undefined => (globalThis as { chrome?: ChromeLike }).chrome;
const usesOffscreen = () => typeof chromeApi()?.offscreen?.createDocument === 'function';

let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const api = chromeApi()!;
  const url = api.runtime.getURL('/uploader.html');
  const existing = (await api.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (existing.length > 0) return;
  // ui-literal: not user-facing (the justification Chrome keeps for the offscreen document, for developers)
  creating ??= api
    .offscreen!.createDocument({ url, reasons: ['BLOBS'], justification: 'Uploads captured media to Sume, with progress, while the popup is closed.' })
    .finally(() => (creating = undefined));
  await creating;
}

export async function runPut(id: string, upload: SignedUpload): Promise<{ ok: true } | { ok: false; error: SerializedSumeError }> {
  // What the uploader may have to say, written here: the offscreen document has no i18n API.
  const texts = uploadTexts();
  if (!usesOffscreen()) return putUpload(id, upload, texts);
  await ensureOffscreen();
  // The URL itself is handed over by `getSignedUpload`, in a reply to the uploader alone.
  return sendMessage('putUpload', { id, texts });
}

export async function abortPut(id: string): Promise<void> {
  if (!usesOffscreen()) return abortUpload(id);
  await sendMessage('abortUpload', { id }).catch(reported('upload', 'Stopping an upload'));
}
