import { describe, expect, it } from 'vitest';
import { isInstagramHost, isTikTokHost } from './index';

describe('isTikTokHost', () => {
  it.each([
    ['www.tiktok.com', true],
    ['tiktok.com', true],
    ['m.tiktok.com', true],
    ['vm.tiktok.com', true],
    ['vt.tiktok.com', true],
    ['WWW.TikTok.COM', true],
    ['ads.tiktok.com', false],
    ['www.tiktok.com.', false],
    ['tiktok.com.evil.example', false],
    ['evil-tiktok.com', false],
    ['www.instagram.com', false],
    ['xn--tktok-8jb.com', false],
    ['', false],
  ])('%j → %s', (hostname, expected) => {
    expect(isTikTokHost(hostname)).toBe(expected);
  });
});

describe('isInstagramHost', () => {
  it.each([
    ['www.instagram.com', true],
    ['instagram.com', true],
    ['m.instagram.com', true],
    ['WWW.INSTAGRAM.COM', true],
    ['instagr.am', false],
    ['help.instagram.com', false],
    ['instagram.com.evil.example', false],
    ['evil-instagram.com', false],
    ['www.tiktok.com', false],
    ['', false],
  ])('%j → %s', (hostname, expected) => {
    expect(isInstagramHost(hostname)).toBe(expected);
  });

  it('answers false instead of throwing for a non-string', () => {
    expect(isInstagramHost(undefined as unknown as string)).toBe(false);
    expect(isTikTokHost(null as unknown as string)).toBe(false);
  });
});
