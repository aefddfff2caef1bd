import { describe, expect, it } from 'vitest';
import { captureLabel, captureName } from './capture-name';

const TIKTOK = 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600';
const REEL = 'https://www.instagram.com/reel/C8vQ2xLt_Zk/';

describe('a capture’s name', () => {
  it.each([
    ['a TikTok link alone names the creator in the link', { url: TIKTOK }, 'TikTok video by @luna.bakes'],
    ['an Instagram link alone can only say what it is', { url: REEL }, 'Instagram Reel'],
    [
      'what the page showed names the creator and the caption',
      { url: REEL, reel: { creator: 'maker.studio', caption: 'Hook in 2 s' } },
      '@maker.studio: Hook in 2 s',
    ],
    ['a creator given with its @ is not doubled', { url: TIKTOK, reel: { creator: '@luna.bakes' } }, '@luna.bakes'],
    ['a caption without a creator keeps the link’s name', { url: REEL, reel: { caption: 'Three steps' } }, 'Instagram Reel: Three steps'],
  ])('%s', (_story, capture, label) => {
    expect(captureLabel(capture)).toBe(label);
  });

  it('two videos by one creator differ by their captions', () => {
    const first = captureLabel({ url: TIKTOK, reel: { creator: 'luna.bakes', caption: 'Lemon tart' } });
    const second = captureLabel({ url: TIKTOK.replace('600', '601'), reel: { creator: 'luna.bakes', caption: 'Brioche' } });
    expect(first).not.toBe(second);
  });

  it('carries the platform and the poster for a thumbnail', () => {
    expect(captureName({ url: REEL, reel: { poster: 'https://scontent.cdninstagram.com/p.jpg' } })).toMatchObject({
      platform: 'Instagram',
      poster: 'https://scontent.cdninstagram.com/p.jpg',
    });
    expect(captureName({ url: TIKTOK }).platform).toBe('TikTok');
  });
});
