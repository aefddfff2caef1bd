/**
 * What a person ticked in select mode, by video (referenceKey), never by element: grids virtualize,
 * so a tile that leaves the DOM and comes back is still ticked, and two tiles of one video are one
 * tick. Kept in the order ticked (the batch sends in that order). Pure; select-mode.ts draws it.
 */
export interface Tile {
  key: string;
  url: string;
}

export interface Selection {
  has(key: string): boolean;
  readonly size: number;
  /** The ticked reels, in the order ticked. */
  tiles(): Tile[];
  /** The ticked reels' URLs, in the order ticked. */
  urls(): string[];
  /** Ticks or unticks one; false when ticking would pass the limit (nothing changes). */
  toggle(tile: Tile): boolean;
  /**
   * Shift-click: every tile from the last one toggled to this one (in the order given, the
   * document's), ticked. Without a last one it is a toggle. False when the limit would be passed.
   */
  range(to: Tile, ordered: readonly Tile[]): boolean;
  /** Ticks these (the visible ones); false when the limit would be passed (nothing changes). */
  add(tiles: readonly Tile[]): boolean;
  clear(): void;
}

export function createSelection(limit: number): Selection {
  const ticked = new Map<string, string>();
  let anchor: string | null = null;

  const addAll = (tiles: readonly Tile[]): boolean => {
    const fresh = tiles.filter((tile, i) => !ticked.has(tile.key) && tiles.findIndex((other) => other.key === tile.key) === i);
    if (ticked.size + fresh.length > limit) return false;
    for (const tile of fresh) ticked.set(tile.key, tile.url);
    return true;
  };

  return {
    has: (key) => ticked.has(key),
    get size() {
      return ticked.size;
    },
    tiles: () => [...ticked].map(([key, url]) => ({ key, url })),
    urls: () => [...ticked.values()],
    toggle(tile) {
      if (ticked.has(tile.key)) ticked.delete(tile.key);
      else if (!addAll([tile])) return false;
      anchor = tile.key;
      return true;
    },
    range(to, ordered) {
      const from = anchor === null ? -1 : ordered.findIndex((tile) => tile.key === anchor);
      const end = ordered.findIndex((tile) => tile.key === to.key);
      if (from < 0 || end < 0) return this.toggle(to);
      if (!addAll(ordered.slice(Math.min(from, end), Math.max(from, end) + 1))) return false;
      anchor = to.key;
      return true;
    },
    add: addAll,
    clear() {
      ticked.clear();
      anchor = null;
    },
  };
}
