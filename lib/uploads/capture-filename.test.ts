import { describe, expect, it } from 'vitest';
import { captureFilename, formatVideoTime, MAX_NAME_LENGTH, type CaptureKind } from './capture-filename';
import type { UploadMeta } from './upload-record';

const tiktok: UploadMeta = { platform: 'tiktok', pageUrl: 'https://www.tiktok.com/@luna.bakes/video/7390000000000000001' };
const instagram: UploadMeta = { platform: 'instagram', pageUrl: 'https://www.instagram.com/reels/C9abc/' };

describe('the name a screenshot or a frame gets', () => {
  it.each<[string, CaptureKind, UploadMeta, string]>([
    ['a frame, moment and creator known', 'frame', { ...tiktok, videoTimeSeconds: 7.9, creator: 'luna.bakes' }, 'Frame 0∶07 · @luna.bakes · TikTok.png'],
    ['a frame, creator not named by the page', 'frame', { ...tiktok, videoTimeSeconds: 7 }, 'Frame 0∶07 · TikTok.png'],
    ['a frame of a long video', 'frame', { ...tiktok, videoTimeSeconds: 3725.4 }, 'Frame 1∶02∶05 · TikTok.png'],
    ['a frame at the very start', 'frame', { ...tiktok, videoTimeSeconds: 0 }, 'Frame 0∶00 · TikTok.png'],
    [
      'a moment with its creator',
      'moment',
      { ...tiktok, videoTimeSeconds: 7.9, creator: 'luna.bakes', note: 'hook' },
      'Moment at 0∶07 · @luna.bakes · TikTok.png',
    ],
    ['a moment of an Instagram reel, creator unknown', 'moment', { ...instagram, videoTimeSeconds: 61 }, 'Moment at 1∶01 · Instagram.png'],
    ['a frame, moment unknown', 'frame', { ...tiktok, creator: 'luna.bakes' }, 'Frame · @luna.bakes · TikTok.png'],
    ['a screenshot of an Instagram reel', 'screenshot', { ...instagram, creator: 'luna.bakes' }, 'Screenshot · @luna.bakes · Instagram.png'],
    ['a screenshot of any page: its host', 'screenshot', { pageUrl: 'https://www.example.com/gallery?id=4' }, 'Screenshot · www.example.com.png'],
    ['a page screenshot is not of a moment', 'screenshot', { ...tiktok, videoTimeSeconds: 12 }, 'Screenshot · TikTok.png'],
    [
      'the video cropped out of a screenshot',
      'video-screenshot',
      { ...instagram, videoTimeSeconds: 65, creator: '@luna.bakes' },
      'Video screenshot 1∶05 · @luna.bakes · Instagram.png',
    ],
    ['nothing known about the page', 'screenshot', {}, 'Screenshot.png'],
    ['a page with no host', 'screenshot', { pageUrl: 'file:///home/me/page.html' }, 'Screenshot.png'],
    ['a page address that is not a URL', 'screenshot', { pageUrl: 'not a url' }, 'Screenshot.png'],
  ])('%s', (_, kind, meta, name) => {
    expect(captureFilename(kind, meta)).toBe(name);
  });

  it.each<[string, UploadMeta, string]>([
    ['slashes and path tricks', { ...tiktok, creator: '../../etc/passwd' }, 'Frame · @etc passwd · TikTok.png'],
    ['backslashes and reserved characters', { ...tiktok, creator: 'a\\b:c*d?e"f<g>h|i' }, 'Frame · @a b c d e f g h i · TikTok.png'],
    ['control characters and new lines', { ...tiktok, creator: 'luna\u0000\u0007\nbakes\r' }, 'Frame · @luna bakes · TikTok.png'],
    ['a bidi override that would reverse the extension', { ...tiktok, creator: 'evil\u202egnp.exe' }, 'Frame · @evil gnp.exe · TikTok.png'],
    ['zero-width characters', { ...tiktok, creator: 'lu\u200bna' }, 'Frame · @lu na · TikTok.png'],
    ['only unsafe characters', { ...tiktok, creator: '/\\\u0000 @ ..' }, 'Frame · TikTok.png'],
    ['a leading dot (a hidden file)', { creator: '.hidden' }, 'Frame · @hidden.png'],
    ['a very long handle, cut by characters', { ...tiktok, creator: 'x'.repeat(500) }, `Frame · @${'x'.repeat(29)}… · TikTok.png`],
    ['emoji are never split in half', { ...tiktok, creator: '😀'.repeat(40) }, `Frame · @${'😀'.repeat(29)}… · TikTok.png`],
    ['a very long host', { pageUrl: `https://${'sub.'.repeat(40)}example.com/` }, `Frame · ${'sub.'.repeat(9)}sub….png`],
  ])('hostile or odd input: %s', (_, meta, name) => {
    expect(captureFilename('frame', meta)).toBe(name);
  });

  it.each([['x'.repeat(5_000)], ['/'.repeat(5_000)], ['\u0000'.repeat(5_000)], ['🧁'.repeat(5_000)], ['ok\u202e'.repeat(1_000)]])(
    'is always a safe file name of bounded length (%#)',
    (creator) => {
      for (const kind of ['frame', 'screenshot', 'video-screenshot'] as const) {
        const name = captureFilename(kind, { pageUrl: `https://${'a'.repeat(60)}.${'b'.repeat(60)}.example/`, videoTimeSeconds: 1e9, creator });
        expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that there are none.
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/);
        expect(name).toMatch(/^(Frame|Screenshot|Video screenshot)\b.*\.png$/);
      }
    },
  );

  it('keeps the extension it is given, and only letters and digits of it', () => {
    expect(captureFilename('frame', tiktok, 'jpg')).toBe('Frame · TikTok.jpg');
    expect(captureFilename('frame', tiktok, '/../exe')).toBe('Frame · TikTok.exe');
  });

  it.each([
    [0, '0∶00'],
    [59.99, '0∶59'],
    [60, '1∶00'],
    [3600, '1∶00∶00'],
  ])('formatVideoTime(%d) = %s', (seconds, text) => expect(formatVideoTime(seconds)).toBe(text));
});
