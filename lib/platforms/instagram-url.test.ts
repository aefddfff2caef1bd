import { describe, expect, it } from 'vitest';
import { instagramPermalinkUrl, parseReferenceUrl } from './index';
import { expectRejected } from './reference-expectations';

const CODE = 'C1a2B3c4D5e';
const PRIVATE_CODE = 'B4Zs_L2hXU5lJZ7vmQ4H3lLw-HqbxkXThC1Y5c0';
const reel = (code = CODE) => `https://www.instagram.com/reel/${code}/`;
const post = (code = CODE) => `https://www.instagram.com/p/${code}/`;

describe('a pasted Instagram reel or post link', () => {
  it.each([
    [`https://www.instagram.com/reel/${CODE}/`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/${CODE}`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/${CODE}/?igsh=MWx2eXo4ZGJ0NnR4dA==`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/${CODE}/?utm_source=ig_web_copy_link&igsh=abc#x`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/${CODE}/&igsh=xyz`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/${CODE}&igsh=MWx2%3D%3D`, 'reel', CODE, reel()],
    [`https://www.instagram.com/sume.demo/reel/${CODE}/`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reels/${CODE}/`, 'reel', CODE, reel()],
    [`https://www.instagram.com/reel/AbC-_123XyZ/`, 'reel', 'AbC-_123XyZ', reel('AbC-_123XyZ')],
    [`https://www.instagram.com/p/${CODE}/?img_index=2`, 'post', CODE, post()],
    [`https://www.instagram.com/sume.demo/p/${CODE}/?igsi=1`, 'post', CODE, post()],
    [`https://www.instagram.com/tv/${CODE}/`, 'post', CODE, post()],
    [`https://www.instagram.com/p/${PRIVATE_CODE}/`, 'post', PRIVATE_CODE, post(PRIVATE_CODE)],
    [`https://www.instagram.com/p/CODE10char/`, 'post', 'CODE10char', post('CODE10char')],
    [`https://instagram.com/reel/${CODE}/`, 'reel', CODE, reel()],
    [`https://m.instagram.com/reel/${CODE}/`, 'reel', CODE, reel()],
    [`HTTP://WWW.INSTAGRAM.COM/reel/${CODE}/`, 'reel', CODE, reel()],
    [`instagram.com/reel/${CODE}/`, 'reel', CODE, reel()],
    [`  www.instagram.com/p/${CODE}  `, 'post', CODE, post()],
    // Embed pages of one post: yt-dlp InstagramIE test (`/p/<code>/embed/`), the AMP test (`/embed/captioned/`).
    [`http://instagram.com/p/${CODE}/embed/`, 'post', CODE, post()],
    [`https://www.instagram.com/p/${CODE}/embed/captioned/?cr=1&v=12`, 'post', CODE, post()],
    [`https://www.instagram.com/reel/${CODE}/embed`, 'reel', CODE, reel()],
    [`https://www.instagram.com/sume.demo/reel/${CODE}/embed/captioned/`, 'reel', CODE, reel()],
    // A comment's permalink is still that one post (gallery-dl's pattern leaves the tail open).
    [`https://www.instagram.com/p/${CODE}/c/17900000000000001/`, 'post', CODE, post()],
  ])('%j → %s %s', (input, kind, id, canonicalUrl) => {
    expect(parseReferenceUrl(input)).toEqual({ ok: true, platform: 'instagram', kind, id, canonicalUrl });
  });
});

describe('a pasted Instagram share link (followed by the background before deciding)', () => {
  it.each([
    ['https://www.instagram.com/share/BALv9Ep4YH', 'BALv9Ep4YH', 'https://www.instagram.com/share/BALv9Ep4YH/'],
    ['https://www.instagram.com/share/reel/BAHc-Xyz12/?igsh=x', 'BAHc-Xyz12', 'https://www.instagram.com/share/reel/BAHc-Xyz12/'],
    ['https://instagram.com/share/p/BBFVaX2n1Y/', 'BBFVaX2n1Y', 'https://www.instagram.com/share/p/BBFVaX2n1Y/'],
  ])('%j → %s', (input, id, canonicalUrl) => {
    expect(parseReferenceUrl(input)).toEqual({ ok: true, platform: 'instagram', kind: 'short_link', id, canonicalUrl });
  });
});

describe('Instagram links that are not a single reel or post', () => {
  it.each([
    ['https://www.instagram.com/', 'home feed'],
    [`https://www.instagram.com/p/${CODE}/embed/other/`, 'single reel or post'],
    [`https://www.instagram.com/p/${CODE}/c/not-a-number/`, 'single reel or post'],
    ['https://www.instagram.com/reels/', 'Reels feed'],
    ['https://www.instagram.com/reels/audio/1234567890123456/', 'audio'],
    ['https://www.instagram.com/reels/audio/', 'audio'],
    ['https://www.instagram.com/sume.demo/reels/', 'Reels tab'],
    ['https://www.instagram.com/sume.demo/', 'profile'],
    ['https://www.instagram.com/sume.demo?igsh=abc', 'profile'],
    ['https://www.instagram.com/constructor/', 'profile'],
    ['https://www.instagram.com/stories/sume.demo/3301234567890123456/', 'Stories'],
    ['https://www.instagram.com/stories/highlights/17890000000000000/', 'Stories'],
    ['https://www.instagram.com/explore/tags/ugc/', 'Explore'],
    ['https://www.instagram.com/explore/', 'Explore'],
    ['https://www.instagram.com/direct/inbox/', 'message'],
    [`https://www.instagram.com/accounts/login/?next=/reel/${CODE}/`, 'single reel or post'],
    ['https://www.instagram.com/p/', 'single reel or post'],
    [`https://www.instagram.com/reel/${CODE}/comments/`, 'single reel or post'],
    [`https://www.instagram.com/sume.demo/tagged/`, 'single reel or post'],
    [`https://www.instagram.com/sume.demo/p/`, 'single reel or post'],
    [`https://www.instagram.com/sume.demo/reels/${CODE}/`, 'single reel or post'],
    [`https://www.instagram.com/bad%20user/reel/${CODE}/`, 'single reel or post'],
    ['https://www.instagram.com/reel/short/', 'cut off'],
    [`https://www.instagram.com/reel/${'a'.repeat(65)}/`, 'cut off'],
    ['https://www.instagram.com/p/ABC123def4!/', 'cut off'],
    [`https://www.instagram.com/reel/${CODE}%2F..%2F/`, '%2F'],
    ['https://www.instagram.com/share/', 'no code'],
    ['https://www.instagram.com/share/reel/', 'no code'],
    ['https://www.instagram.com/share/ab/', 'cut off'],
    ['https://help.instagram.com/', 'does not show videos'],
  ])('%j is rejected (reason mentions %j)', (input, mentions) => {
    expectRejected(input, mentions);
  });
});

describe('instagramPermalinkUrl (code read from the page)', () => {
  it.each([
    ['reel', CODE, reel()],
    ['post', CODE, post()],
    ['post', PRIVATE_CODE, post(PRIVATE_CODE)],
    ['reel', 'short', null],
    ['reel', 'ABC123def4!', null],
    ['reel', `${CODE}/`, null],
    ['story', CODE, null],
  ] as const)('(%j, %j) → %j', (kind, code, expected) => {
    expect(instagramPermalinkUrl(kind as 'reel' | 'post', code)).toBe(expected);
  });
});
