import { describe, expect, it } from 'vitest';
import { createSelection, type Tile } from './selection';
import { isTileSized, tileOf } from './tiles';

const tile = (n: number): Tile => ({ key: `tiktok:${n}`, url: `https://www.tiktok.com/@grid/video/${n}` });
const grid = Array.from({ length: 10 }, (_, i) => tile(i));

describe('select mode: what is ticked', () => {
  it('ticks and unticks by video, in the order ticked', () => {
    const selection = createSelection(200);
    selection.toggle(tile(5));
    selection.toggle(tile(2));
    selection.toggle({ ...tile(9), url: 'https://www.tiktok.com/@other.handle/video/9' });
    selection.toggle(tile(9));
    expect(selection.urls()).toEqual([tile(5).url, tile(2).url]);
  });

  it('shift-click ticks the range from the last toggled, in document order, either way', () => {
    const down = createSelection(200);
    down.toggle(tile(2));
    down.range(tile(5), grid);
    expect(down.urls()).toEqual([2, 3, 4, 5].map((n) => tile(n).url));
    const up = createSelection(200);
    up.toggle(tile(6));
    up.range(tile(3), grid);
    expect(up.size).toBe(4);
    // Without a last one, it is a toggle; an anchor that left the DOM too.
    const fresh = createSelection(200);
    fresh.range(tile(4), grid);
    expect(fresh.urls()).toEqual([tile(4).url]);
    fresh.toggle(tile(99));
    fresh.range(tile(7), grid);
    expect(fresh.has('tiktok:7') && !fresh.has('tiktok:5')).toBe(true);
  });

  it('never passes the limit: a click that would changes nothing', () => {
    const selection = createSelection(3);
    expect(selection.add(grid.slice(0, 2))).toBe(true);
    expect(selection.add(grid.slice(0, 4))).toBe(false);
    expect(selection.size).toBe(2);
    expect(selection.toggle(tile(8))).toBe(true);
    expect(selection.toggle(tile(9))).toBe(false);
    expect(selection.toggle(tile(8))).toBe(true);
    expect(selection.size).toBe(2);
    selection.clear();
    expect(selection.size).toBe(0);
  });
});

describe('select mode: which tiles are videos', () => {
  it.each([
    ['https://www.tiktok.com/@luna.bakes/video/7398201746531097600', 'https://www.tiktok.com/@luna.bakes/video/7398201746531097600'],
    ['https://www.instagram.com/atelier.nord/reel/CxYz123AbCd/', 'https://www.instagram.com/reel/CxYz123AbCd/'],
    ['https://www.instagram.com/reel/CxYz123AbCd/?igsh=abc', 'https://www.instagram.com/reel/CxYz123AbCd/'],
  ])('%s is the tile of %s', (href, url) => {
    expect(tileOf(href)?.url).toBe(url);
  });

  it.each([
    'https://www.tiktok.com/@luna.bakes/photo/7398201746531097600',
    'https://www.tiktok.com/@gamer.zone/live?room_id=7301234567890123456',
    'https://www.tiktok.com/@luna.bakes',
    'https://www.tiktok.com/music/original-sound-7301234567890123456',
    'https://www.instagram.com/p/CxYz123AbCd/',
    'https://www.instagram.com/atelier.nord/reels/',
    'https://vm.tiktok.com/ZMabc123/',
    'https://www.tiktok.com.evil.example/@a/video/7398201746531097600',
    'javascript:alert(1)',
  ])('%s is no tile', (href) => {
    expect(tileOf(href)).toBeNull();
  });

  it('a caption link is not a tile; a thumbnail is', () => {
    expect(isTileSized({ width: 180, height: 20 })).toBe(false);
    expect(isTileSized({ width: 180, height: 240 })).toBe(true);
  });
});
