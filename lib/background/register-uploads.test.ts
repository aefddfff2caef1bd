/**
 * Upload recovery in the background, below the browser: the real registerUploads() and driver
 * against the sandbox in this process. At the first start of a browser session, every upload still
 * under way — mid-PUT under a lease, or waiting out a retry — goes on at once from its step.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type Sandbox } from '@/tests/sandbox/server';
import { upload } from '@/components/uploads/test-uploads';
import { apiKeyItem, defaultSettings, settingsItem } from '../storage';
import { putBlob } from '../uploads/blob-store';
import { getUpload, saveUpload } from '../uploads/upload-store';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('uploads after a browser restart', () => {
  it('every upload under way goes on at once from its step, whatever it was doing', async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ ...defaultSettings(), baseUrl: sandbox.baseUrl });
    await apiKeyItem.setValue(sandbox.demoKey);
    const now = Date.now();
    // One mid-PUT under a lease the stopped uploader held; one waiting out a long backoff.
    const leased = upload({
      id: 'leased',
      sizeBytes: 5,
      bytesSent: 3,
      step: 'put',
      status: 'active',
      leaseUntil: now + 60_000,
      storageKey: 'k1',
      createdAt: 1,
    });
    const waiting = upload({
      id: 'waiting',
      sizeBytes: 5,
      step: 'put',
      status: 'waiting_retry',
      nextAttemptAt: now + 10 * 60_000,
      attempts: 3,
      error: { kind: 'network', code: 'network_error', message: 'offline' },
      leaseUntil: now + 60_000,
      storageKey: 'k2',
      createdAt: 2,
    });
    for (const record of [leased, waiting]) {
      await putBlob(record.id, new Blob(['12345'], { type: 'video/mp4' }));
      await saveUpload(record);
    }

    // The fake browser has no context menus; the menu is not what this test is about.
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    const { registerUploads } = await import('./register-uploads');
    registerUploads();

    // Neither lease nor backoff is waited out: both ask Sume for a new upload link at once.
    await vi.waitFor(
      async () => {
        const requests = await fetch(`${sandbox.origin}/__sandbox/requests`).then((r) => r.json() as Promise<{ path: string; method: string }[]>);
        expect(requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/uploads/presign')).toHaveLength(2);
      },
      { timeout: 5_000 },
    );
    for (const id of ['leased', 'waiting']) {
      const record = await getUpload(id);
      expect(record?.leaseUntil === undefined || record.leaseUntil <= Date.now() + 20_000).toBe(true);
      expect(record?.presigns).toBeGreaterThanOrEqual(1);
    }
  });
});
