/**
 * Moments: while a reel plays, the person keeps a moment — its frame, its time and a note typed in
 * the side panel — and it lands in the Asset Library as its own asset, tied to the reel; the
 * captures page and the panel list it under its reel. The reel is the TikTok video-page fixture,
 * served under its real address, whose player is given a real WebM (recorded by Chromium at the
 * start of the test) from TikTok's own origin, so its pixels can be read and the frames compared
 * byte for byte.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { fixture } from '../fixtures';
import { expectNoAxeViolations } from './axe';
import { serveFixtureSites } from './fixture-sites';
import { Moments } from './pages/moments';
import { PlatformPage } from './pages/platform-page';
import { SidePanel } from './pages/side-panel';
import { captureLightAndDark } from './screenshots';
import { expect, test } from './upload-fixtures';
import { recordTestVideo } from './upload-media';
import type { SandboxAsset } from './upload-sandbox';

const REEL = fixture('tiktok-video').urls[0] ?? '';
const CLIP_URL = 'https://www.tiktok.com/media/moments-clip.webm';
const UNTIL_UPLOADED = { timeout: 20_000 };

/** A clip of `seconds`, recorded in a page of its own, in front (hidden pages throttle timers). */
async function recordClip(context: BrowserContext, seconds: number): Promise<Buffer> {
  const recorder = await context.newPage();
  await recorder.bringToFront();
  const clip = await recordTestVideo(recorder, { width: 320, height: 240, seconds });
  await recorder.close();
  return clip;
}

/** The fixture reel, its player given the recorded clip, paused at the start. */
async function openReel(context: BrowserContext, clip: Buffer): Promise<PlatformPage> {
  await serveFixtureSites(context);
  // Routes added later are asked first: the clip, from TikTok's origin (same origin: readable pixels).
  await context.route(CLIP_URL, (route) => route.fulfill({ status: 200, contentType: 'video/webm', body: clip }));
  const site = await PlatformPage.open(await context.newPage(), REEL);
  await site.page.bringToFront();
  await site.page.evaluate(async (src) => {
    const video = document.querySelector<HTMLVideoElement>('[data-fixture-expect] video');
    if (!video) throw new Error('The fixture has no player');
    video.muted = true;
    // Through a blob: URL, as TikTok's own player does: the whole clip is seekable without range requests.
    video.src = URL.createObjectURL(await (await fetch(src)).blob());
    await new Promise((resolve, reject) => {
      video.addEventListener('loadeddata', resolve, { once: true });
      video.addEventListener('error', () => reject(new Error('The clip did not load')), { once: true });
    });
  }, CLIP_URL);
  return site;
}

/**
 * Seeks the reel's player to `seconds` (as the person scrubbing would) and returns where it
 * stopped and the frame there as the page's own canvas encodes it: what a moment must upload.
 */
async function seek(page: Page, seconds: number): Promise<{ time: number; png: Buffer }> {
  await page.bringToFront();
  const { time, dataUrl } = await page.evaluate(async (to) => {
    const video = document.querySelector<HTMLVideoElement>('[data-fixture-expect] video')!;
    video.pause();
    const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    video.currentTime = to;
    await seeked;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')!.drawImage(video, 0, 0);
    return { time: video.currentTime, dataUrl: canvas.toDataURL('image/png') };
  }, seconds);
  return { time, png: Buffer.from(dataUrl.split(',')[1] ?? '', 'base64') };
}

const timecodeOf = (time: number) => Math.round(time * 100) / 100;

/**
 * How far apart two PNG frames are: the largest difference of any colour channel of any pixel
 * (0: the same picture), or Infinity when their sizes differ. Decoded by the browser in `page`.
 */
async function frameDistance(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [x, y] = [await pixels(first ?? ''), await pixels(second ?? '')];
      if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
      let most = 0;
      for (let i = 0; i < x.data.length; i++) most = Math.max(most, Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)));
      return most;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

test.beforeEach(async ({ connect }) => {
  await connect();
});

test('three moments of one reel, each with a note, land as three assets with their timecodes, notes, reel and exact frames, listed under the reel', async ({
  context,
  extensionId,
  library,
}) => {
  const site = await openReel(context, await recordClip(context, 3));
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.video).toHaveAttribute('data-url', REEL);
  const moments = new Moments(panel.page);
  await expect(panel.page.getByTestId('panel-no-moments')).toBeVisible();

  const wanted = [
    { at: 0.4, note: 'Hook: the square enters' },
    { at: 1.3, note: 'Mid-frame — product in view' },
    { at: 2.5, note: 'CTA lands: “Shop now”' },
  ];
  const taken: { timecode: number; note: string; png: Buffer }[] = [];
  for (const { at, note } of wanted) {
    const frame = await seek(site.page, at);
    expect(frame.time, 'the player stopped where it was sent').toBeCloseTo(at, 1);
    await panel.page.bringToFront();
    await moments.save(note);
    taken.push({ timecode: timecodeOf(frame.time), note, png: frame.png });
  }

  // Sume: exactly three assets, each a PNG of its frame, byte for byte, with its time, note and reel.
  await expect.poll(() => library.assetIds(), UNTIL_UPLOADED).toHaveLength(3);
  const assets: SandboxAsset[] = [];
  for (const id of await library.assetIds()) assets.push(await library.asset(id));
  assets.sort((a, b) => Number(a.metadata.timecode_seconds) - Number(b.metadata.timecode_seconds));
  expect(assets.map((asset) => ({ source_url: asset.source_url, ...asset.metadata }))).toEqual(
    taken.map(({ timecode, note }) =>
      expect.objectContaining({ source_url: REEL, capture_source: 'moment', reel_url: REEL, platform: 'tiktok', timecode_seconds: timecode, note }),
    ),
  );
  for (const [index, asset] of assets.entries()) {
    expect(asset.content_type).toBe('image/png');
    expect(asset.filename).toMatch(/^Moment at 0∶0[0-2]( · @[^·]+)? · TikTok\.png$/);
    expect((await library.media(asset)).equals(taken[index]!.png), `moment ${index + 1}: the uploaded frame is the page's own`).toBe(true);
  }
  // Three times apart: three different frames.
  expect(new Set(taken.map(({ png }) => png.toString('base64'))).size).toBe(3);

  // The side panel: the followed video's moments, in video order, with their times and notes.
  await expect(moments.tiles).toHaveCount(3);
  await expect(moments.tiles.last()).toHaveAttribute('data-status', 'done', UNTIL_UPLOADED);
  await expect(moments.tiles.first()).toHaveAttribute('data-status', 'done');
  expect(await Moments.read(moments.tiles)).toEqual(taken.map(({ timecode, note }) => ({ time: `0:0${Math.floor(timecode)}`, note })));
  await expect(moments.tiles.first()).toHaveAccessibleName('Moment at 0:00: open the reel and its asset in Sume');
  await expect(moments.tiles.first()).toHaveAccessibleDescription('Hook: the square enters');
  await captureLightAndDark(panel.page, 'moments-side-panel');
  await expectNoAxeViolations(panel.page, 'the side panel with a reel’s moments');

  // A moment opens its reel (from the start: the sites have no start-time link) and its asset in Sume.
  const opened = new Set<string>();
  context.on('page', (page) => opened.add(page.url()));
  await moments.tiles.nth(1).focus();
  await panel.page.keyboard.press('Enter');
  const assetId = assets[1]?.id ?? '';
  await expect
    .poll(async () => context.pages().map((page) => page.url()))
    .toEqual(expect.arrayContaining([REEL, expect.stringContaining(`/library/assets/${assetId}`)]));

  // The captures page: the reel, and its three moments under it.
  const captures = await context.newPage();
  await captures.setViewportSize({ width: 1100, height: 800 });
  await captures.goto(`chrome-extension://${extensionId}/captures.html`);
  const listed = new Moments(captures);
  await expect(listed.reels).toHaveCount(1);
  await expect(listed.reel(REEL)).toContainText('3 moments');
  expect(await Moments.read(listed.reel(REEL).getByTestId('moment'))).toEqual(
    taken.map(({ timecode, note }) => ({ time: `0:0${Math.floor(timecode)}`, note })),
  );
  await captureLightAndDark(captures, 'moments-captures-page');
  await expectNoAxeViolations(captures, 'the captures page with a reel’s moments');
  // And on the Uploads tab, as any upload, named as moments.
  await captures.getByRole('tab', { name: /Uploads/ }).click();
  await expect(captures.getByText(/^Moment at 0∶00/)).toBeVisible();
});

test('from the popup: "Save a moment" opens a one-line note in place of the capture buttons; Enter saves the moment of the reel on the tab', async ({
  context,
  extensionId,
  library,
}) => {
  const site = await openReel(context, await recordClip(context, 2));
  const frame = await seek(site.page, 0.9);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const card = popup.getByTestId('add-to-library');
  const open = card.getByRole('button', { name: 'Save a moment' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  const moments = new Moments(popup);
  await expect(moments.note).toBeFocused();
  await expect(card.getByRole('button', { name: 'Frame' })).toBeHidden();
  await moments.note.fill('Price on screen');
  await popup.keyboard.press('Enter');
  await expect(moments.saved).toBeVisible();
  await captureLightAndDark(popup, 'moments-popup');
  await expectNoAxeViolations(popup, 'the popup with its moment field open');

  await expect.poll(() => library.assetIds(), UNTIL_UPLOADED).toHaveLength(1);
  const [id] = await library.assetIds();
  const asset = await library.asset(id ?? '');
  expect(asset).toMatchObject({ source_url: REEL, metadata: expect.objectContaining({ timecode_seconds: timecodeOf(frame.time), note: 'Price on screen' }) });
  expect((await library.media(asset)).equals(frame.png)).toBe(true);
  // Escape puts the capture buttons back.
  await moments.note.press('Escape');
  await expect(card.getByRole('button', { name: 'Frame' })).toBeVisible();
});

test('a moment whose upload is cut short by Sume failing and the worker stopping keeps its note and time, and lands once when the worker is back', async ({
  context,
  extensionId,
  library,
  sandbox,
  openLedger,
  stopServiceWorker,
}) => {
  const site = await openReel(context, await recordClip(context, 2));
  const frame = await seek(site.page, 1.2);
  // Finalize fails while Sume is down: the upload waits to retry, its bytes already with the storage.
  await sandbox.injectFault({ method: 'POST', path: '/api/v1/assets', status: 500, times: 1_000 });
  const panel = await SidePanel.open(await context.newPage(), extensionId);
  await expect(panel.video).toHaveAttribute('data-url', REEL);
  await new Moments(panel.page).save('Before the outage');

  const ledger = await openLedger();
  await expect.poll(async () => (await ledger.onlyUpload()).status, UNTIL_UPLOADED).toBe('waiting_retry');
  expect((await ledger.onlyUpload()).meta).toMatchObject({ reelUrl: REEL, videoTimeSeconds: timecodeOf(frame.time), note: 'Before the outage' });
  expect(await library.assetIds()).toEqual([]);
  await stopServiceWorker();
  // Sume is back; the stopped worker knows nothing but what it stored.
  await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
  await panel.page.reload();

  await expect.poll(() => library.assetIds(), { timeout: 30_000 }).toHaveLength(1);
  const [id] = await library.assetIds();
  const asset = await library.asset(id ?? '');
  expect(asset).toMatchObject({ source_url: REEL, metadata: expect.objectContaining({ timecode_seconds: timecodeOf(frame.time), note: 'Before the outage' }) });
  // The frame of that moment. Not compared byte for byte here (the three-moments story does): through
  // the outage the player sits paused in a hidden tab, where Chrome may suspend it and decode the same
  // frame again when it is read, which can move a colour by a step or two (seen once in a CI run).
  expect(await frameDistance(site.page, await library.media(asset), frame.png)).toBeLessThanOrEqual(8);
  expect((await library.pipelineCalls()).presign).toBe(1);
  // The measure tells frames apart: a frame from elsewhere in the clip is far from it.
  expect(await frameDistance(site.page, (await seek(site.page, 0.3)).png, frame.png)).toBeGreaterThan(8);
});

test('a moment belongs to a reel: on a page with no reel named, saving one is refused with the reason and nothing is uploaded', async ({
  context,
  extensionId,
  library,
}) => {
  await serveFixtureSites(context);
  // A creator's profile: a grid of tiles, no video opened, and an address that names no reel.
  const site = await PlatformPage.open(await context.newPage(), 'https://www.tiktok.com/@luna.bakes');
  await site.page.bringToFront();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/manifest.json`);
  const started = await popup.evaluate(async (tabUrl) => {
    const chrome = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    // The protocol's own envelope (@webext-core/messaging), as the side panel sends it.
    return chrome.runtime.sendMessage({ id: 1, type: 'saveMoment', data: { tabId: tab.id, note: 'no reel here' }, timestamp: Date.now() });
  }, site.page.url());
  expect(started).toEqual({
    res: {
      ok: false,
      error: expect.objectContaining({ code: 'no_reel', message: expect.stringMatching(/^No reel to save a moment of: open a TikTok video/) }),
    },
  });
  expect(await library.assetIds()).toEqual([]);
  expect(await library.uploads()).toEqual([]);
});

test('from the right-click menu on the reel: a moment of the video on the page, without a note, tied to the reel', async ({
  context,
  serviceWorker,
  library,
}) => {
  const site = await openReel(context, await recordClip(context, 2));
  const frame = await seek(site.page, 1.1);
  // The browser's own menu cannot be clicked in a test: its click is handed to the same handler.
  await serviceWorker.evaluate(async () => {
    type Hooks = { __sumeTest: { momentMenuClick(info: object, tab: object): Promise<unknown> } };
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await chromeApi.tabs.query({ url: 'https://www.tiktok.com/*' });
    await (globalThis as unknown as Hooks).__sumeTest.momentMenuClick({ menuItemId: 'sume-save-moment' }, { id: tab?.id });
  });
  await expect.poll(() => library.assetIds(), UNTIL_UPLOADED).toHaveLength(1);
  const [id] = await library.assetIds();
  const asset = await library.asset(id ?? '');
  expect(asset).toMatchObject({ source_url: REEL, metadata: expect.objectContaining({ capture_source: 'moment', timecode_seconds: timecodeOf(frame.time) }) });
  expect(asset.metadata.note).toBeUndefined();
  expect((await library.media(asset)).equals(frame.png)).toBe(true);
});
