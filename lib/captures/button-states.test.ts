import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOutboxItem, markSending } from '../outbox/outbox';
import { changedUrls, statesFor } from './button-states';
import { capturesItem, readCaptures, updateCaptures } from './capture-store';

const A = 'https://www.tiktok.com/@a/video/7301234567890123456';
const B = 'https://www.instagram.com/reel/CodeAbc123_/';

const enqueue = (id: string, url: string, at = 0) =>
  updateCaptures((records) => void records.set(id, createOutboxItem({ id, url, source: 'button', idempotencyKey: `key-${id}` }, at)));

describe('button states are derived from the capture records', () => {
  beforeEach(() => fakeBrowser.reset());

  // The old stored copy of the states lost one of two concurrent updates: a reloaded tab showed "ready".
  it('two captures written at the same moment both show, on their own reels', async () => {
    await Promise.all([enqueue('a', A), enqueue('b', B)]);
    const states = statesFor(await readCaptures(), [A, B]);
    expect(states[A]).toMatchObject({ status: 'queued', captureId: 'a' });
    expect(states[B]).toMatchObject({ status: 'queued', captureId: 'b' });
  });

  it('follow each write, and a removed capture’s reel is ready again', async () => {
    await enqueue('a', A);
    await updateCaptures((records) => void records.set('a', markSending(records.get('a')!, 1)));
    expect(statesFor(await readCaptures(), [A])[A]).toMatchObject({ status: 'sending' });
    await updateCaptures((records) => void records.delete('a'));
    expect(statesFor(await readCaptures(), [A, B])).toEqual({ [A]: null, [B]: null });
  });

  it('a capture made through another handle form of the same video shows on its button, under the URL asked for', async () => {
    await enqueue('a', A.replace('@a', '@_'));
    expect(statesFor(await readCaptures(), [A])).toEqual({ [A]: expect.objectContaining({ status: 'queued', captureId: 'a' }) });
  });

  it('the latest capture of a reel decides', async () => {
    await enqueue('old', A, 1);
    await enqueue('new', A, 2);
    expect(statesFor(await readCaptures(), [A])[A]).toMatchObject({ captureId: 'new' });
  });

  it('a write names exactly the reels it changed (to push to open tabs)', async () => {
    await enqueue('a', A);
    const before = await capturesItem.getValue();
    await enqueue('b', B);
    const after = await capturesItem.getValue();
    expect(changedUrls(before, after)).toEqual([B]);
    expect(changedUrls(after, {})).toEqual([A, B]);
    expect(changedUrls(after, after)).toEqual([]);
  });
});
