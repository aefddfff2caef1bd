/**
 * The captures page's requests: the list, a result, removing a capture, and the workspace's recent
 * jobs. Extension pages only.
 */
import { z } from 'zod';
import { SumeApiError } from '../api/errors';
import { assertExtensionPage } from '../browser/sender';
import { readCaptures, readResult, removeResult, updateCaptures } from '../captures/capture-store';
import { onMessage } from '../messaging';
import type { CaptureRunner } from './capture-runner';
import { publishCaptureStates } from './register-capture-states';
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

  onMessage('listWorkspaceJobs', async ({ sender }) => {
    assertExtensionPage(sender);
    const client = await currentClient();
    if (!client) return { ok: false as const, error: { kind: 'http' as const, code: 'no_api_key', message: 'Connect Sume Capture to see your workspace’s jobs.' } };
    try {
      const page = await client.listJobs({ limit: 20 });
      return { ok: true as const, jobs: page.data.map((job) => ({ id: job.id, type: job.type, status: job.status, created_at: job.created_at })) };
    } catch (error) {
      return { ok: false as const, error: error instanceof SumeApiError ? error.toJSON() : { kind: 'network' as const, code: 'network_error', message: 'Could not reach Sume.' } };
    }
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
