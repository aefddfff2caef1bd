// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createCaptureController, HOST_ATTRIBUTE, type MountButton } from '../in-page/capture-controller';
import type { PlatformAdapter } from '../in-page/adapter';
import { buttonsSchemaFor, withEveryPlatform } from '../storage/platform-settings';
import { parseReferenceUrl } from './index';
import { reject } from './parsed-reference';
import { describeReel, isPlatformMediaHost, pageMatchPatterns, PLATFORMS, platformOfHost, reelLinkPatterns, type Platform } from './registry';

describe('which platform a host belongs to', () => {
  it.each([
    ['www.tiktok.com', 'tiktok'],
    ['tiktok.com', 'tiktok'],
    ['m.tiktok.com', 'tiktok'],
    ['vm.tiktok.com', 'tiktok'],
    ['vt.tiktok.com', 'tiktok'],
    ['WWW.TikTok.COM', 'tiktok'],
    ['www.instagram.com', 'instagram'],
    ['instagram.com', 'instagram'],
    ['m.instagram.com', 'instagram'],
    ['WWW.INSTAGRAM.COM', 'instagram'],
    ['ads.tiktok.com', undefined],
    ['www.tiktok.com.', undefined],
    ['tiktok.com.evil.example', undefined],
    ['evil-tiktok.com', undefined],
    ['xn--tktok-8jb.com', undefined],
    ['instagr.am', undefined],
    ['help.instagram.com', undefined],
    ['', undefined],
  ])('%j → %s', (hostname, id) => {
    expect(platformOfHost(hostname)?.id).toBe(id);
  });

  it('answers nothing instead of throwing for a non-string', () => {
    expect(platformOfHost(undefined)).toBeUndefined();
    expect(platformOfHost(null)).toBeUndefined();
  });

  it.each([
    ['p16-sign-va.tiktokcdn.com', true],
    ['scontent-lax3-1.cdninstagram.com', true],
    ['tiktokcdn.com', false],
    ['eviltiktokcdn.com', false],
    ['cdninstagram.com.evil.example', false],
  ])('media host %j → %s', (hostname, media) => {
    expect(isPlatformMediaHost(hostname)).toBe(media);
  });
});

describe('what derives from the registry', () => {
  it('the pages content scripts run on: exactly https and one host each', () => {
    expect(pageMatchPatterns()).toEqual(['https://www.tiktok.com/*', 'https://www.instagram.com/*']);
  });

  it.each([
    ['https://www.tiktok.com/@maker/video/7300000000000000001', 'TikTok video by @maker'],
    ['https://www.tiktok.com/@_/video/7300000000000000001', 'TikTok video'],
    ['https://www.instagram.com/reel/C8vQ2xLt_Zk/', 'Instagram Reel'],
    ['https://www.instagram.com/p/C8vQ2xLt_Zk/', 'Instagram post'],
    ['https://example.com/', 'Video'],
  ])('describeReel(%j) → %j', (url, name) => {
    expect(describeReel(url)).toBe(name);
  });
});

/** A third platform, as someone adding one would write it: its data, its URL rule, its DOM adapter. */
const FAKE: Platform<'fakeclips'> = {
  id: 'fakeclips',
  name: 'FakeClips',
  pageHost: 'www.fakeclips.example',
  linkHosts: ['www.fakeclips.example', 'fakeclips.example'],
  mediaHostSuffixes: ['.fakeclipscdn.example'],
  reelLinkPatterns: ['*://*.fakeclips.example/clip/*'],
  buttonPlaces: 'Clip pages',
  parsePath: (_host, [first, second, extra]) =>
    first === 'clip' && second && /^\d{6}$/.test(second) && extra === undefined
      ? { ok: true, platform: 'fakeclips', kind: 'video', id: second, canonicalUrl: `https://www.fakeclips.example/clip/${second}` }
      : reject('This FakeClips link does not point to a clip.'),
  describe: (url) => (url.startsWith('https://www.fakeclips.example/clip/') ? 'FakeClips clip' : null),
};
const WITH_FAKE: readonly Platform[] = [...PLATFORMS, FAKE];

const fakeAdapter: PlatformAdapter = {
  platform: 'fakeclips',
  itemSelector: 'article',
  overlaySelector: 'dialog',
  buttonInset: { top: 8, left: 8 },
  resolve(video) {
    const item = video.closest('article[data-clip]');
    const id = item?.getAttribute('data-clip');
    return item && id ? { container: item, mountPoint: item, url: `https://www.fakeclips.example/clip/${id}` } : null;
  },
  skips: () => false,
  describe: () => ({}),
};

describe('a new platform flows through parsing, settings and the button with no other edits', () => {
  it('its links parse, canonically, and the others still do', () => {
    expect(parseReferenceUrl('https://fakeclips.example/clip/123456?utm_source=x', WITH_FAKE)).toMatchObject({
      ok: true,
      platform: 'fakeclips',
      canonicalUrl: 'https://www.fakeclips.example/clip/123456',
    });
    expect(parseReferenceUrl('https://www.fakeclips.example/profile/me', WITH_FAKE)).toEqual({
      ok: false,
      reason: 'This FakeClips link does not point to a clip.',
    });
    expect(parseReferenceUrl('https://www.tiktok.com/@maker/video/7300000000000000001', WITH_FAKE)).toMatchObject({ ok: true, platform: 'tiktok' });
    expect(parseReferenceUrl('https://example.com/x', WITH_FAKE)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Only TikTok, Instagram, and FakeClips links'),
    });
    expect(describeReel('https://www.fakeclips.example/clip/123456', WITH_FAKE)).toBe('FakeClips clip');
    expect(pageMatchPatterns(WITH_FAKE)).toContain('https://www.fakeclips.example/*');
    expect(reelLinkPatterns(WITH_FAKE)).toContain('*://*.fakeclips.example/clip/*');
  });

  it('the settings get a switch for it, on by default, and stored settings without it gain it', () => {
    const schema = buttonsSchemaFor(WITH_FAKE);
    expect(schema.parse({ tiktok: true, instagram: false, fakeclips: false })).toEqual({ tiktok: true, instagram: false, fakeclips: false });
    expect(() => schema.parse({ tiktok: true, instagram: false })).toThrow();
    expect(withEveryPlatform({ tiktok: true, instagram: false }, WITH_FAKE)).toEqual({ tiktok: true, instagram: false, fakeclips: true });
  });

  it('its videos get exactly one button from the one button controller', async () => {
    document.body.innerHTML = '<main><article data-clip="123456"><video></video></article><article><video></video></article></main>';
    const mounted: string[] = [];
    const mount: MountButton = (item, registerHost) => {
      const host = document.createElement('span');
      host.setAttribute(HOST_ATTRIBUTE, '');
      item.mountPoint.append(host);
      registerHost(host);
      mounted.push(item.url);
      return { update() {}, analyze() {}, remove: () => host.remove() };
    };
    const controller = createCaptureController({ adapter: fakeAdapter, mount, pageUrl: () => new URL('https://www.fakeclips.example/') });
    controller.scan(document);
    expect(mounted).toEqual(['https://www.fakeclips.example/clip/123456']);
  });
});
