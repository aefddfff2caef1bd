import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Each import is one start of the background (the module keeps its answer for that start). */
async function backgroundStart(): Promise<boolean> {
  vi.resetModules();
  const { isFirstStartOfSession } = await import('./browser-session');
  return isFirstStartOfSession();
}

describe('isFirstStartOfSession', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is true for the first start of a session, false for a worker that wakes up in it', async () => {
    expect(await backgroundStart()).toBe(true);
    expect(await backgroundStart()).toBe(false);
    expect(await backgroundStart()).toBe(false);
  });

  it('is true again once the browser empties session storage (restart, update, reload)', async () => {
    expect(await backgroundStart()).toBe(true);
    await fakeBrowser.storage.session.clear();
    expect(await backgroundStart()).toBe(true);
  });

  it('gives every caller of one start the same answer', async () => {
    vi.resetModules();
    const { isFirstStartOfSession } = await import('./browser-session');
    expect(await Promise.all([isFirstStartOfSession(), isFirstStartOfSession()])).toEqual([true, true]);
  });

  it('keeps stored data: the marker lives in session storage only', async () => {
    await backgroundStart();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
