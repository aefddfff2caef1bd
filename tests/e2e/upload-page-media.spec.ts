/**
 * Taking media from the page one is looking at into the Asset Library: an image right-clicked on
 * any site, the current frame of a TikTok video, a screenshot of the page — and the honest "no"
 * when a video is streamed and there is no file to take. Pages are local fixtures served under
 * real hostnames; the video is a real WebM recorded by Chromium at the start of the test.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './upload-fixtures';
import { thumbnailSize } from '../../lib/uploads/thumbnail';
import { pngSize, recordTestVideo } from './upload-media';
import { PRESIGN, type SandboxAsset, type SandboxLibrary } from './upload-sandbox';

const UNTIL_UPLOADED = { timeout: 15_000 };
/** The video's own size, and the (larger) box the page shows it in: a frame and a screenshot differ. */
const VIDEO = { width: 320, height: 240 };
const VIDEO_BOX = { width: 480, height: 360 };

/** The one asset Sume has once the upload is through, as the API shows it. */
async function theOnlyAsset(library: SandboxLibrary): Promise<SandboxAsset> {
  await expect.poll(() => library.assetIds(), UNTIL_UPLOADED).toHaveLength(1);
  const [id] = await library.assetIds();
  return library.asset(id!);
}

/** A page at `url` that shows `body`; every other address on its host answers 404. */
async function servePage(context: BrowserContext, url: string, body: string): Promise<void> {
  const { origin } = new URL(url);
  await context.route(`${origin}/**`, (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8">${body}` })
      : route.fallback(),
  );
}

/** Serves `bytes` at `url`, with no CORS headers (as most media hosts do). */
async function serveFile(context: BrowserContext, url: string, contentType: string, bytes: Buffer): Promise<void> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType, body: bytes }));
}

/** A TikTok video page at `pageUrl` whose `<video>` plays `videoUrl`, in front and playing. */
async function openPlayingVideo(context: BrowserContext, pageUrl: string, videoUrl: string): Promise<Page> {
  await servePage(
    context,
    pageUrl,
    `<title>A trip to Lisbon | TikTok</title>
     <style>body { margin: 0; background: #111 } video { display: block; margin: 40px; width: ${VIDEO_BOX.width}px; height: ${VIDEO_BOX.height}px }</style>
     <video src="${videoUrl}" muted autoplay loop playsinline></video>`,
  );
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  await page.waitForFunction(() => {
    const video = document.querySelector('video');
    return video !== null && video.videoWidth > 0 && video.currentTime > 0.3;
  });
  return page;
}

/** A fresh real video: recorded in a throwaway tab that is in front while it records. */
async function recordClip(context: BrowserContext): Promise<Buffer> {
  const recorder = await context.newPage();
  await recorder.bringToFront();
  const clip = await recordTestVideo(recorder, { ...VIDEO, seconds: 2 });
  await recorder.close();
  return clip;
}

async function expectNoUpload(library: SandboxLibrary): Promise<void> {
  expect(await library.requestsTo(PRESIGN)).toEqual([]);
  expect(await library.assetIds()).toEqual([]);
}

test.beforeEach(async ({ connect, entryPoints }) => {
  await connect();
  await entryPoints.recordNotifications();
});

test('right-clicking an image on any site adds that image to the Asset Library', async ({ context, entryPoints, library }) => {
  const picture = await readFile(new URL('../../assets/public/icon/128.png', import.meta.url));
  await servePage(context, 'https://example.com/gallery', '<title>Gallery</title><img src="https://example.com/pic.png" alt="A picture">');
  await serveFile(context, 'https://example.com/pic.png', 'image/png', picture);
  const page = await context.newPage();
  await page.goto('https://example.com/gallery');
  await page.bringToFront();

  await entryPoints.addMediaFromMenu(page, 'https://example.com/pic.png');

  const asset = await theOnlyAsset(library);
  expect(asset).toMatchObject({ filename: 'pic.png', content_type: 'image/png', size_bytes: picture.length, source_url: 'https://example.com/gallery' });
  expect(asset.metadata).toMatchObject({ capture_source: 'image', page_url: 'https://example.com/gallery' });
  expect(await library.media(asset)).toEqual(picture);
  expect(await library.uploads()).toEqual([expect.objectContaining({ content_type: 'image/png', size_bytes: picture.length, received_bytes: picture.length })]);
});

test('right-clicking a streamed video explains there is no file to take, and uploads nothing', async ({ context, entryPoints, library }) => {
  await servePage(context, 'https://example.com/live', '<title>Live</title><video muted></video>');
  const page = await context.newPage();
  await page.goto('https://example.com/live');
  // A streamed video plays from a MediaSource: its src is a blob: URL only the page can read.
  const src = await page.evaluate(() => {
    const video = document.querySelector('video')!;
    video.src = URL.createObjectURL(new MediaSource());
    return video.src;
  });
  expect(src).toMatch(/^blob:https:\/\/example\.com\//);

  await entryPoints.addMediaFromMenu(page, src);

  expect(await entryPoints.notifications()).toEqual([
    expect.objectContaining({
      id: expect.stringMatching(/^sume:media:/),
      title: 'Could not add it to Sume',
      message: expect.stringMatching(/streamed by the site, so there is no file to save/),
    }),
  ]);
  await expectNoUpload(library);
});

test('the current frame of a TikTok video goes to the Asset Library with the moment it was taken', async ({ context, entryPoints, library, openLedger }) => {
  const clip = await recordClip(context);
  await serveFile(context, 'https://www.tiktok.com/media/lisbon.webm', 'video/webm', clip);
  const page = await openPlayingVideo(context, 'https://www.tiktok.com/@sume.test/video/7390000000000000001', 'https://www.tiktok.com/media/lisbon.webm');

  const started = await entryPoints.capture('frame');
  expect(started).toMatchObject({ ok: true, ids: [expect.any(String)] });

  const asset = await theOnlyAsset(library);
  expect(asset.content_type).toBe('image/png');
  // The video's own pixels, at its own size: not a screenshot of the (larger) box on the page.
  expect(pngSize(await library.media(asset))).toEqual(VIDEO);
  expect(asset.metadata).toMatchObject({ capture_source: 'frame', platform: 'tiktok', page_url: page.url(), video_time_seconds: expect.any(Number) });
  expect(asset.metadata.video_time_seconds).toBeGreaterThan(0);
  // Named by the moment (whole seconds of a 2 s clip; "∶" is U+2236, not a colon), a creator when the page names one, and the site.
  expect(asset.filename).toMatch(/^Frame 0∶0[0-2]( · @[^·]+)? · TikTok\.png$/);
  const ledger = await openLedger();
  const [record] = await ledger.uploads();
  expect(record?.meta.videoTimeSeconds).toBe(asset.metadata.video_time_seconds);
  // The lists show a small picture of the frame: a JPEG at most 96 px on its long side.
  expect(record?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
  const thumb = await ledger.page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, record?.thumbnail ?? '');
  expect(thumb).toEqual(thumbnailSize(VIDEO.width, VIDEO.height));
  // Nothing to explain: the frame is the real one.
  expect((await entryPoints.notifications()).filter((shown) => shown.id.startsWith('sume:frame:'))).toEqual([]);
});

test('a video the site serves without CORS is captured from a screenshot, and the user is told', async ({ context, entryPoints, library }) => {
  const clip = await recordClip(context);
  // Served from the site's CDN without Access-Control-Allow-Origin: its pixels cannot be read.
  await serveFile(context, 'https://v16-webapp.tiktokcdn.com/lisbon.webm', 'video/webm', clip);
  const page = await openPlayingVideo(context, 'https://www.tiktok.com/@sume.test/video/7390000000000000002', 'https://v16-webapp.tiktokcdn.com/lisbon.webm');

  await entryPoints.grantActiveTab(page);
  const started = await entryPoints.capture('frame');
  expect(started).toMatchObject({ ok: true, ids: [expect.any(String)] });

  const asset = await theOnlyAsset(library);
  expect(asset.content_type).toBe('image/png');
  // The video's box on the page, cropped out of a screenshot (device pixel ratio 1).
  expect(pngSize(await library.media(asset))).toEqual(VIDEO_BOX);
  expect(asset.metadata).toMatchObject({ capture_source: 'frame', video_time_seconds: expect.any(Number) });
  expect(await entryPoints.notifications()).toContainEqual(
    expect.objectContaining({
      id: expect.stringMatching(/^sume:frame:/),
      title: 'Frame captured from a screenshot',
      message: expect.stringMatching(/does not let extensions read the video’s pixels/),
    }),
  );
});

test('a screenshot of the page goes to the Asset Library as a PNG of what is on screen', async ({ context, entryPoints, library }) => {
  await servePage(context, 'https://www.tiktok.com/@sume.test', '<title>sume.test | TikTok</title><h1 style="font: 48px sans-serif">Profile</h1>');
  const page = await context.newPage();
  await page.goto('https://www.tiktok.com/@sume.test');
  await page.bringToFront();

  await entryPoints.grantActiveTab(page);
  const started = await entryPoints.capture('page');
  expect(started).toMatchObject({ ok: true, ids: [expect.any(String)] });

  const asset = await theOnlyAsset(library);
  // A profile page shows no video, so no creator: what it is and where (lib/uploads/capture-filename.ts).
  expect(asset).toMatchObject({ content_type: 'image/png', filename: 'Screenshot · TikTok.png' });
  expect(asset.metadata).toMatchObject({ capture_source: 'screenshot', platform: 'tiktok', page_url: page.url() });
  expect(pngSize(await library.media(asset))).toEqual(page.viewportSize());
});

test('without a click on the extension, a screenshot is refused with the reason and nothing is uploaded', async ({ context, entryPoints, library }) => {
  await servePage(context, 'https://www.tiktok.com/@sume.test', '<title>sume.test | TikTok</title>');
  const page = await context.newPage();
  await page.goto('https://www.tiktok.com/@sume.test');
  await page.bringToFront();

  const started = await entryPoints.capture('page');
  expect(started).toMatchObject({ ok: false, error: { code: 'capture_failed', message: expect.stringMatching(/^Could not capture this page: /) } });
  await expectNoUpload(library);
});
