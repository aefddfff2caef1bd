import { describe, expect, it } from 'vitest';
import { referenceKey, sameReference } from './reference-key';

describe('referenceKey', () => {
  it.each([
    ['https://www.tiktok.com/@luna.bakes/video/7398201746531097600', 'tiktok:7398201746531097600'],
    ['https://www.tiktok.com/@_/video/7398201746531097600', 'tiktok:7398201746531097600'],
    ['https://www.tiktok.com/@MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM/video/7398201746531097600', 'tiktok:7398201746531097600'],
    ['https://www.instagram.com/reel/C9xYz12AbCd/', 'instagram:C9xYz12AbCd'],
    ['https://www.instagram.com/p/C9xYz12AbCd/', 'instagram:C9xYz12AbCd'],
  ])('%s is %s', (url, key) => {
    expect(referenceKey(url)).toBe(key);
  });

  it('keeps anything that is not a canonical video URL as its own key', () => {
    for (const url of [
      'https://vm.tiktok.com/ZMabc123/',
      'https://www.instagram.com/share/reel/BAabc123/',
      'https://www.tiktok.com/@luna/video/123',
      'not a url',
    ]) {
      expect(referenceKey(url)).toBe(url);
    }
  });

  it('tells one video reached through two handle forms as the same, and two videos apart', () => {
    expect(sameReference('https://www.tiktok.com/@luna.bakes/video/7398201746531097600', 'https://www.tiktok.com/@_/video/7398201746531097600')).toBe(true);
    expect(sameReference('https://www.tiktok.com/@luna.bakes/video/7398201746531097600', 'https://www.tiktok.com/@luna.bakes/video/7398201746531097601')).toBe(
      false,
    );
    expect(sameReference('https://www.instagram.com/reel/C9xYz12AbCd/', 'https://www.instagram.com/p/C9xYz12AbCd/')).toBe(true);
  });
});
