import { describe, expect, it } from 'vitest';
import { checkReferenceUrl, sourceTypeOf } from './reference-url';

describe('checkReferenceUrl', () => {
  it.each([
    ['https://www.tiktok.com/@sume.demo/video/7301234567890123456', 'https://www.tiktok.com/@sume.demo/video/7301234567890123456'],
    ['https://tiktok.com/@a_b/video/7301234567890123456/', 'https://www.tiktok.com/@a_b/video/7301234567890123456'],
    ['https://m.tiktok.com/@x/video/7301234567890123456?is_from_webapp=1', 'https://www.tiktok.com/@x/video/7301234567890123456'],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/', 'https://www.instagram.com/reel/C1a2B3c4D5e/'],
    ['https://instagram.com/reels/C1a2B3c4D5e', 'https://www.instagram.com/reel/C1a2B3c4D5e/'],
    ['https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
  ])('accepts %s', (input, canonical) => {
    expect(checkReferenceUrl(input)).toMatchObject({ ok: true, canonical });
  });

  it.each([
    ['https://www.tiktok.com/@sume.demo', 'tiktok_profile'],
    ['https://www.tiktok.com/@sume.demo/live', 'tiktok_live'],
    ['https://www.tiktok.com/@sume.demo/photo/7301234567890123456', 'tiktok_photo'],
    ['https://www.tiktok.com/@sume.demo/video/12345', 'tiktok_not_video'],
    ['https://vm.tiktok.com/ZMabc123/', 'short_link'],
    ['https://www.tiktok.com.evil.example/@a/video/7301234567890123456', 'unsupported_host'],
    ['https://nottiktok.com/@a/video/7301234567890123456', 'unsupported_host'],
    ['https://www.instagram.co/reel/C1a2B3c4D5e/', 'unsupported_host'],
    ['http://www.tiktok.com/@a/video/7301234567890123456', 'not_https'],
    ['https://user:pw@www.tiktok.com/@a/video/7301234567890123456', 'unexpected_url_parts'],
    ['https://www.tiktok.com:8443/@a/video/7301234567890123456', 'unexpected_url_parts'],
    ['https://www.instagram.com/sume.demo/', 'instagram_profile'],
    ['https://www.instagram.com/reels/', 'instagram_feed'],
    ['https://www.instagram.com/stories/sume.demo/3301234567890123456/', 'instagram_story'],
    ['not a url', 'not_a_url'],
  ])('rejects %s (%s)', (input, reason) => {
    const check = checkReferenceUrl(input);
    expect(check).toMatchObject({ ok: false, reason });
    expect(check.ok ? '' : check.message).toContain('https://www.tiktok.com/@user/video/');
  });

  it.each([
    [null, 'upload'],
    ['https://www.tiktok.com/@a/video/7301234567890123456', 'tiktok'],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/', 'instagram'],
    ['https://example.com/a.mp4', 'upload'],
  ])('classifies the source of %s as %s', (url, type) => {
    expect(sourceTypeOf(url)).toBe(type);
  });
});
