import { describe, expect, it } from 'vitest';
import { assetHit } from './asset-hit';
import { assetSchema } from './schemas';

const hit = (fields: Record<string, unknown>) => assetHit(assetSchema.parse({ id: 'asset_1', ...fields }));

describe('assetHit', () => {
  it('keeps the scene, what it shows, its score and its links, never the media’s own address', () => {
    expect(
      hit({
        title: ' Croissant hook ',
        start_time_seconds: 7,
        end_time_seconds: 12.5,
        metadata: { visual_summary: 'Hands fold butter into dough', cta_present: false },
        search: { mode: 'auto', score: 0.75, query: 'butter' },
        thumbnail_url: 'https://cdn.sume.so/t/1.jpg',
        app_url: 'https://www.sume.so/library/assets/asset_1',
        clip_url: 'https://cdn.sume.so/c/1.mp4',
        media_url: 'https://cdn.sume.so/m/1.mp4',
      }),
    ).toEqual({
      id: 'asset_1',
      title: 'Croissant hook',
      start: 7,
      end: 12.5,
      summary: 'Hands fold butter into dough',
      score: 0.75,
      thumbnailUrl: 'https://cdn.sume.so/t/1.jpg',
      appUrl: 'https://www.sume.so/library/assets/asset_1',
    });
  });

  it('a null score stays null (not scored is not 0); no title falls back to the id', () => {
    expect(hit({ search: { score: null } })).toEqual({ id: 'asset_1', title: 'asset_1', score: null });
    expect(hit({}).score).toBeNull();
  });

  it('drops links that are not http(s) and timecodes that make no sense', () => {
    expect(
      hit({ thumbnail_url: 'javascript:alert(1)', app_url: 'data:text/html,x', media_url: 'not a url', start_time_seconds: 9, end_time_seconds: 3 }),
    ).toEqual({ id: 'asset_1', title: 'asset_1', score: null, start: 9 });
    expect(hit({ start_time_seconds: -1, end_time_seconds: -2 })).toEqual({ id: 'asset_1', title: 'asset_1', score: null });
  });
});
