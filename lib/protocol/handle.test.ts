import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle } from './handle';
import { captureIdRequest } from './requests';
import { deliver, senders } from './test-senders';

describe('handle()', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the handler with the parsed input for an allowed sender', async () => {
    const fn = vi.fn(async ({ captureId }: { captureId: string }) => ({ savedAt: 1, result: captureId }));
    const stop = handle('getCaptureResult', { from: 'page', input: captureIdRequest }, fn);
    await expect(deliver('getCaptureResult', { captureId: 'c1', extra: 'dropped' }, senders.popup())).resolves.toEqual({ savedAt: 1, result: 'c1' });
    expect(fn.mock.calls[0]?.[0]).toEqual({ captureId: 'c1' });
    stop();
  });

  it('refuses a sender outside the policy before reading the payload', async () => {
    const fn = vi.fn(async () => null);
    const stop = handle('getCaptureResult', { from: 'page', input: captureIdRequest }, fn);
    for (const sender of [senders.contentScript(), senders.confirmationFrame(), senders.otherExtension(), senders.webPage()]) {
      await expect(deliver('getCaptureResult', { captureId: 'c1' }, sender)).rejects.toThrow(/not accepted from this sender/);
    }
    expect(fn).not.toHaveBeenCalled();
    stop();
  });

  it('refuses a payload that does not fit its schema', async () => {
    const fn = vi.fn(async () => null);
    const stop = handle('getCaptureResult', { from: 'page', input: captureIdRequest }, fn);
    await expect(deliver('getCaptureResult', { captureId: 'x'.repeat(500) }, senders.popup())).rejects.toThrow();
    await expect(deliver('getCaptureResult', undefined, senders.popup())).rejects.toThrow();
    expect(fn).not.toHaveBeenCalled();
    stop();
  });

  it('takes several kinds of sender when the policy names them', async () => {
    const stop = handle('kickUploads', { from: ['page', 'uploader'] }, () => undefined);
    await expect(deliver('kickUploads', undefined, senders.uploader())).resolves.toBeUndefined();
    await expect(deliver('kickUploads', undefined, senders.contentScript())).rejects.toThrow();
    stop();
  });
});
