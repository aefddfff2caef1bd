import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage, sendMessage } from '../messaging';
import { abortUpload, putUpload } from './put-worker';

const putSchema = z.object({
  id: z.string().max(100),
  upload: z.object({ uploadUrl: z.string().url(), method: z.string().max(10), requiredHeaders: z.record(z.string(), z.string()) }),
});

/** The offscreen uploader's side of the protocol. Only the background talks to it. */
export function registerUploader(): void {
  onMessage('putUpload', async ({ sender, data }) => {
    if (sender.id !== browser.runtime.id) throw new Error('Not from Sume Capture.');
    const { id, upload } = putSchema.parse(data);
    const result = await putUpload(id, upload);
    // The background may have been stopped during a long PUT: wake it to go on.
    void sendMessage('kickUploads').catch(() => undefined);
    return result;
  });
  onMessage('abortUpload', ({ data }) => abortUpload(z.object({ id: z.string() }).parse(data).id));
}
