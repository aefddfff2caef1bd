import { describe, expect, it } from 'vitest';
import { makeThumbnail, THUMBNAIL_PREFIX, thumbnailSize, toDataUrl } from './thumbnail';

describe('upload thumbnails', () => {
  it.each([
    [1920, 1080, 96, 54],
    [1080, 1920, 54, 96],
    [40, 30, 40, 30],
    [5000, 1, 96, 1],
    [0, 0, 1, 1],
  ])('%i × %i fits in %i × %i (long side at most 96 px, never enlarged)', (width, height, w, h) => {
    expect(thumbnailSize(width, height)).toEqual({ width: w, height: h });
  });

  it('writes bytes as a JPEG data URL, large inputs included', () => {
    expect(toDataUrl(new Uint8Array([255, 216, 255]))).toBe(`${THUMBNAIL_PREFIX}/9j/`);
    const big = new Uint8Array(100_000).fill(65);
    expect(atob(toDataUrl(big).slice(THUMBNAIL_PREFIX.length))).toHaveLength(100_000);
  });

  it('makes none for a video, or where the runtime cannot decode images (as here, in Node)', async () => {
    expect(await makeThumbnail(new Blob(['x'], { type: 'video/mp4' }))).toBeUndefined();
    expect(await makeThumbnail(new Blob(['not really a png'], { type: 'image/png' }))).toBeUndefined();
  });
});
