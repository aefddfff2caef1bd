import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, senders } from '../protocol/test-senders';
import { batchRequestsItem } from '../storage/batches';
import type { CaptureService } from './capture-service';
import { batchPageOf, registerBatches } from './register-batches';

const video = (n: number) => `https://www.tiktok.com/@grid/video/730123456789012345${n}`;
const THREE = [video(1), video(2), video(3)];

let balance: number | undefined = 100;
const enqueueBatch = vi.fn(async (..._args: unknown[]) => [] as string[]);
const service = { blocker: async () => null, balanceNow: async () => balance, enqueueBatch } as unknown as CaptureService;
const opened: string[] = [];

/** Select mode asks; the token is read from the window the background opened, as the batch page reads it. */
async function ask(urls: string[], posters: Record<string, string> = {}): Promise<string> {
  const items = urls.map((url) => (posters[url] ? { url, reel: { poster: posters[url] } } : { url }));
  await deliver('prepareBatch', { items }, senders.contentScript());
  const url = new URL(opened.at(-1) ?? '');
  return url.searchParams.get('token') ?? '';
}

describe('registerBatches', () => {
  beforeAll(() => {
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async (options) => {
      opened.push(String((options as { url: string }).url));
      return { id: 40 + opened.length } as never;
    });
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ id: 7, url: 'https://www.tiktok.com/@grid?lang=en' }) as never);
    // Not in the fake browser: the menu and the shortcut have their own tests (select mode starts through the same function).
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    registerBatches(service);
  });
  beforeEach(async () => {
    balance = 100;
    enqueueBatch.mockClear();
    await batchRequestsItem.setValue({});
  });

  it('opens the question in the extension’s own window; only an extension page reads and decides it, once', async () => {
    const token = await ask(THREE);
    expect(opened.at(-1)).toMatch(/\/batch\.html\?token=[0-9a-f]{32}$/);
    await expect(deliver('openBatch', { token }, senders.contentScript())).rejects.toThrow(/not accepted/);
    await expect(deliver('openBatch', { token }, senders.confirmationFrame())).rejects.toThrow(/not accepted/);
    const view = (await deliver('openBatch', { token }, senders.popup())) as { plan: { toSend: string[]; total: number }; page: string };
    // Sume has named no price yet: each counts as 1 credit, and the question says so.
    expect(view).toMatchObject({ page: 'tiktok.com/@grid', priceKnown: false, plan: { toSend: THREE, total: 3 } });
    await expect(deliver('decideBatch', { token, choice: 'send', includeAnalyzed: false }, senders.contentScript())).rejects.toThrow(/not accepted/);
    expect(await deliver('decideBatch', { token, choice: 'send', includeAnalyzed: false }, senders.popup())).toEqual({ ok: true, sent: 3, saved: 0 });
    expect(enqueueBatch).toHaveBeenCalledTimes(1);
    expect(enqueueBatch.mock.calls[0]).toEqual([
      expect.objectContaining({ page: 'tiktok.com/@grid' }),
      expect.objectContaining({ send: THREE, save: [], again: false }),
    ]);
    // Used up: the same decision again spends nothing.
    expect(await deliver('decideBatch', { token, choice: 'send', includeAnalyzed: false }, senders.popup())).toMatchObject({
      ok: false,
      error: { code: 'confirmation_expired' },
    });
    expect(enqueueBatch).toHaveBeenCalledTimes(1);
  });

  it('is decided on the balance as it is then: what it pays for goes, the rest waits for credits', async () => {
    const token = await ask(THREE);
    balance = 2;
    expect(await deliver('decideBatch', { token, choice: 'send_fitting', includeAnalyzed: false }, senders.popup())).toEqual({ ok: true, sent: 2, saved: 1 });
    expect(enqueueBatch.mock.calls[0]?.[1]).toMatchObject({ send: THREE.slice(0, 2), save: THREE.slice(2) });
  });

  it('takes canonical reel links from our content scripts only; anything else refuses the whole request', async () => {
    const before = opened.length;
    await expect(deliver('prepareBatch', { items: THREE.map((url) => ({ url })) }, senders.webPage())).rejects.toThrow(/not accepted/);
    await expect(deliver('prepareBatch', { items: THREE.map((url) => ({ url })) }, senders.popup())).rejects.toThrow(/not accepted/);
    await expect(deliver('prepareBatch', { items: [{ url: video(1) }, { url: `${video(2)}?is_from_webapp=1` }] }, senders.contentScript())).rejects.toThrow();
    await expect(
      deliver('prepareBatch', { items: [{ url: video(1) }, { url: 'https://www.tiktok.com/@grid/photo/7301234567890123452' }] }, senders.contentScript()),
    ).rejects.toThrow();
    await expect(deliver('prepareBatch', { items: [] }, senders.contentScript())).rejects.toThrow();
    await expect(deliver('prepareBatch', { items: Array.from({ length: 201 }, () => ({ url: video(1) })) }, senders.contentScript())).rejects.toThrow();
    expect(opened.length).toBe(before);
  });

  it('shows a tile’s poster only from the platform’s media hosts, and the captures keep it', async () => {
    const cdn = 'https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/abc.jpeg';
    const token = await ask(THREE, { [video(1)]: cdn, [video(2)]: 'https://tracker.example/pixel.gif', [video(3)]: 'javascript:alert(1)' });
    const view = (await deliver('openBatch', { token }, senders.popup())) as { reels: Record<string, unknown> };
    expect(view.reels).toEqual({ [video(1)]: { poster: cdn } });
    await deliver('decideBatch', { token, choice: 'send', includeAnalyzed: false }, senders.popup());
    expect(enqueueBatch.mock.calls[0]?.[1]).toMatchObject({ reels: new Map([[video(1), { poster: cdn }]]) });
  });

  it('a window closed without a decision ends the question: nothing is spent', async () => {
    const token = await ask(THREE);
    await fakeBrowser.windows.onRemoved.trigger(40 + opened.length);
    await expect.poll(async () => deliver('openBatch', { token }, senders.popup())).toBeNull();
    expect(enqueueBatch).not.toHaveBeenCalled();
  });
});

describe('batchPageOf', () => {
  it.each([
    ['https://www.tiktok.com/@luna.bakes?lang=en', 'tiktok.com/@luna.bakes'],
    ['https://www.instagram.com/atelier.nord/reels/', 'instagram.com/atelier.nord/reels'],
    ['https://www.tiktok.com/search?q=private+words', 'tiktok.com/search'],
    [undefined, ''],
    ['not a url', ''],
  ])('%s is named %s (its address, never its query)', (url, page) => {
    expect(batchPageOf(url)).toBe(page);
  });
});
