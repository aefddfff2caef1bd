/** The captures page's requests: the list, a result, removing a capture. Extension pages only. */
import { z } from 'zod';
import { assertExtensionPage } from '../browser/sender';
import { readCaptures, readResult, removeResult, updateCaptures } from '../captures/capture-store';
import { onMessage } from '../messaging';
import type { CaptureRunner } from './capture-runner';
import { publishCaptureStates } from './register-capture-states';

const idRequest = z.object({ captureId: z.string().max(100) });

export function registerCaptureLibrary(runner: CaptureRunner): void {
  onMessage('listCaptures', ({ sender }) => {
    assertExtensionPage(sender);
    return readCaptures().then((records) => records.sort((a, b) => b.createdAt - a.createdAt));
  });

  onMessage('getCaptureResult', ({ sender, data }) => {
    assertExtensionPage(sender);
    return readResult(idRequest.parse(data).captureId);
  });

  onMessage('removeCapture', async ({ sender, data }) => {
    assertExtensionPage(sender);
    const { captureId } = idRequest.parse(data);
    const removed = await updateCaptures((records) => {
      const record = records.get(captureId);
      records.delete(captureId);
      return record;
    });
    await removeResult(captureId);
    if (removed && !(await readCaptures()).some((r) => r.url === removed.url)) await publishCaptureStates({ [removed.url]: null });
    await runner.refreshBadge();
  });
}
