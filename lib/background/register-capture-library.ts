/** The captures page's requests: the list, a result, removing a capture. Extension pages only. */
import { readCaptures, readResult, removeResult, updateCaptures } from '../captures/capture-store';
import { SumeApiError } from '../api/errors';
import type { CaptureRunner } from './capture-runner';
import { keepResult } from './poll-jobs';
import { currentClient } from './sume-client';
import { handle } from '../protocol/handle';
import { captureIdRequest } from '../protocol/requests';
import { t } from '../i18n/t';

export function registerCaptureLibrary(runner: CaptureRunner): void {
  handle('listCaptures', { from: 'page' }, () => {
    return readCaptures().then((records) => records.sort((a, b) => b.createdAt - a.createdAt));
  });

  handle('getCaptureResult', { from: 'page', input: captureIdRequest }, (input) => {
    return readResult(input.captureId);
  });

  handle('downloadResult', { from: 'page', input: captureIdRequest }, async (input) => {
    const { captureId } = input;
    const record = (await readCaptures()).find((r) => r.id === captureId);
    if (record?.job?.status !== 'completed') return { ok: false as const, message: t('background_downloadNothing') };
    const client = await currentClient();
    if (!client) return { ok: false as const, message: t('background_downloadNotConnected') };
    let result: unknown;
    try {
      ({ result } = await client.getJobResult(record.job.id));
    } catch (error) {
      return { ok: false as const, message: error instanceof SumeApiError ? error.message : t('background_downloadNoAnswer') };
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

  handle('removeCapture', { from: 'page', input: captureIdRequest }, async (input) => {
    const { captureId } = input;
    const removed = await updateCaptures((records) => {
      const record = records.get(captureId);
      records.delete(captureId);
      return record;
    });
    if (removed) await removeResult(captureId);
    await runner.refreshBadge();
  });
}
