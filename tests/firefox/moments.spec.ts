/**
 * Firefox: a moment's main path. The TikTok video-page fixture's player is given a real WebM
 * (recorded by Firefox itself at the start of the test) from TikTok's own origin, so its pixels
 * can be read; seeked to 1.2 s, a note typed in the side panel (opened as a tab), "Save moment":
 * Sume gets one asset, tied to the reel, with the frame's time and the note.
 */
import { expect, test } from '../e2e/sandbox-fixture';
import { fixtureResponseFor } from '../e2e/fixture-sites';
import { drawAndRecordClip } from '../e2e/upload-media';
import { SandboxLibrary } from '../e2e/upload-sandbox';
import { fixture } from '../fixtures';
import { connectToSandbox, launchFirefoxWithExtension, openExtensionPage } from './firefox';

const REEL = fixture('tiktok-video').urls[0] ?? '';
const CLIP_URL = 'https://www.tiktok.com/media/moments-clip.webm';

test('Firefox: a moment saved from the side panel lands as one asset with the reel, its time and the note', async ({ sandbox }) => {
  test.setTimeout(60_000);
  const { browser, uuid } = await launchFirefoxWithExtension();
  try {
    await connectToSandbox(browser, uuid, sandbox);
    const recorder = await browser.newPage();
    const clip = Buffer.from(await recorder.evaluate(drawAndRecordClip, { width: 320, height: 240, seconds: 2.5 }), 'base64');
    await recorder.close();

    const site = await browser.newPage();
    await site.setRequestInterception(true);
    site.on('request', (request) => {
      const url = request.url();
      if (url === CLIP_URL) return void request.respond({ status: 200, contentType: 'video/webm', body: clip });
      if (!/^https:\/\/www\.(tiktok|instagram)\.com\//.test(url)) return void request.continue();
      void fixtureResponseFor(url).then((response) => request.respond(response));
    });
    await site.goto(REEL);
    const time = await site.evaluate(async (src: string) => {
      await (window as unknown as { __fixture: { ready: Promise<void> } }).__fixture.ready;
      const video = document.querySelector<HTMLVideoElement>('[data-fixture-expect] video');
      if (!video) throw new Error('The fixture has no player');
      video.muted = true;
      video.src = URL.createObjectURL(await (await fetch(src)).blob());
      await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = 1.2;
      await seeked;
      return video.currentTime;
    }, CLIP_URL);

    const panel = await openExtensionPage(browser, `moz-extension://${uuid}/sidepanel.html`);
    await panel.waitForSelector('[data-testid="save-moment"] textarea', { timeout: 10_000 });
    await panel.locator('[data-testid="save-moment"] textarea').fill('Hook lands here');
    await panel.locator('[data-testid="save-moment"] button::-p-text(Save moment)').click();
    await panel.waitForSelector('[data-testid="moment-saved"]', { timeout: 10_000 });

    const library = new SandboxLibrary(sandbox);
    await expect.poll(() => library.assetIds(), { timeout: 20_000 }).toHaveLength(1);
    const [id = ''] = await library.assetIds();
    const asset = await library.asset(id);
    expect(asset.source_url).toBe(REEL);
    expect(asset.metadata).toMatchObject({ capture_source: 'moment', reel_url: REEL, note: 'Hook lands here', timecode_seconds: Math.round(time * 100) / 100 });
    expect(asset.content_type).toBe('image/png');
  } finally {
    await browser.close();
  }
});
