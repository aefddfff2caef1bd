/** The captures page's requests: the list, a result, removing a capture. Extension pages only. */
import { z } from 'zod';
import { assertExtensionPage } from '../browser/sender';
import { readCaptures, readResult, removeResult, updateCaptures } from '../captures/capture-store';
import { onMessage } from '../messaging';
import { SumeApiError } from '../api/errors';
import type { CaptureRunner } from './capture-runner';
import { keepResult } from './poll-jobs';
import { currentClient } from './sume-client';

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

  onMessage('downloadResult', async ({ sender, data }) => {
    assertExtensionPage(sender);
    const { captureId } = idRequest.parse(data);
    const record = (await readCaptures()).find((r) => r.id === captureId);
    if (record?.job?.status !== 'completed') return { ok: false as const, message: 'This capture has no finished analysis to download.' };
    const client = await currentClient();
    if (!client) return { ok: false as const, message: 'Connect Sume Capture to Sume first, in Settings.' };
    let result: unknown;
    try {
      ({ result } = await client.getJobResult(record.job.id));
    } catch (error) {
      return { ok: false as const, message: error instanceof SumeApiError ? error.message : 'Sume did not answer. Try again in a moment.' };
    }
    const kept = await keepResult(captureId, result);
    await updateCaptures((records) => {
      const current = records.get(captureId);
      if (!current) return;
      const { resultNotKept: _, ...rest } = current;
      records.set(captureId, kept === true ? { ...rest, hasResult: true } : { ...rest, resultNotKept: kept });
    });
    return kept === true ? { ok: true as const } : { ok: false as const, message: kept.message };
  });

  onMessage('removeCapture', async ({ sender, data }) => {
    assertExtensionPage(sender);
    const { captureId } = idRequest.parse(data);
    const removed = await updateCaptures((records) => {
      const record = records.get(captureId);
      records.delete(captureId);
      return record;
    });
    if (removed) await removeResult(captureId);
    await runner.refreshBadge();
  });
}
