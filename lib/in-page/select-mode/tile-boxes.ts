/**
 * Select mode's checkboxes: one in each grid tile that is a video, in a closed shadow root inside
 * the tile's link (its static position is the tile's top-left, so no containing block of the page's
 * is needed). Bound once per link as the page adds it, dropped with it, and drawn from the selection
 * (by video), so a tile that comes back after virtualization is ticked again.
 */
import { t } from '../../i18n/t';
import { describeReel } from '../../platforms/registry';
import { createShadowHost } from '../shadow-host';
import type { Tile } from './selection';
import { TILE_CSS } from './select-mode-css';
import { isTileSized, tileOf } from './tiles';

export const TILE_TAG = 'sume-capture-select';
/** The host's own box; `!important` so a page stylesheet cannot move, hide or fade it. */
const TILE_HOST_STYLE =
  'all:initial!important;position:absolute!important;display:block!important;width:0!important;height:0!important;margin:0!important;z-index:2147483646!important;opacity:1!important;visibility:visible!important;';

export interface BoundTile extends Tile {
  anchor: HTMLAnchorElement;
  host: HTMLElement;
  box: HTMLButtonElement;
}

/** The tile's own thumbnail, as the page shows it (checked by the background: platform media hosts only). */
function posterOf(anchor: HTMLAnchorElement): string | undefined {
  const image = anchor.querySelector('img');
  return image?.currentSrc || image?.src || undefined;
}

/** The links in these nodes (the nodes themselves and what they hold). */
export function* linksWithin(nodes: Iterable<Node>): Generator<HTMLAnchorElement> {
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    if (node instanceof HTMLAnchorElement) yield node;
    yield* node.getElementsByTagName('a') as HTMLCollectionOf<HTMLAnchorElement>;
  }
}

/** `ours`: a selector for our own UI, whose links are never tiles. `isTicked`: the selection, by video. */
export function createTileBoxes(ours: string, isTicked: (key: string) => boolean) {
  const bound = new Map<HTMLAnchorElement, BoundTile>();
  const byHost = new WeakMap<Element, BoundTile>();
  /** Each video's thumbnail as last seen, kept when its tile leaves the DOM (the question shows it). */
  const posters = new Map<string, string>();

  const draw = (tile: BoundTile) => tile.box.setAttribute('aria-checked', String(isTicked(tile.key)));

  function mount(anchor: HTMLAnchorElement, tile: Tile): void {
    // Keys on the checkbox are ours (Space, Enter): the site's shortcuts never see them.
    const { host, root } = createShadowHost(TILE_TAG, TILE_CSS, ['keydown', 'keyup']);
    host.style.cssText = TILE_HOST_STYLE;
    const box = document.createElement('button');
    box.type = 'button';
    box.setAttribute('role', 'checkbox');
    box.setAttribute('aria-label', t('batch_tileLabel', { video: describeReel(tile.url) }));
    root.append(box);
    const made: BoundTile = { ...tile, anchor, host, box };
    const poster = posterOf(anchor);
    if (poster) posters.set(tile.key, poster);
    anchor.prepend(host);
    bound.set(anchor, made);
    byHost.set(host, made);
    draw(made);
  }

  return {
    get size() {
      return bound.size;
    },
    /**
     * Binds the video tiles among these links: every box is read first, then every checkbox put in
     * (reading a box after each insert would lay the page out once per tile).
     */
    bind(anchors: Iterable<HTMLAnchorElement>): void {
      const found: { anchor: HTMLAnchorElement; tile: Tile }[] = [];
      for (const anchor of anchors) {
        if (bound.has(anchor) || anchor.closest(`${TILE_TAG}, ${ours}`)) continue;
        const tile = tileOf(anchor.href);
        if (tile) found.push({ anchor, tile });
      }
      for (const { anchor, tile } of found.filter(({ anchor }) => isTileSized(anchor.getBoundingClientRect()))) mount(anchor, tile);
    },
    /** The page removed this node: the checkboxes of its links go with it. */
    unbindWithin(node: Node): void {
      for (const anchor of linksWithin([node])) {
        bound.get(anchor)?.host.remove();
        bound.delete(anchor);
      }
    },
    posterOf: (key: string): string | undefined => posters.get(key),
    drawAll(): void {
      for (const tile of bound.values()) draw(tile);
    },
    /** The tiles in the DOM now, in document order (for shift-click ranges and "all visible"). */
    inOrder(): BoundTile[] {
      return [...bound.values()]
        .filter((tile) => tile.anchor.isConnected)
        .sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    },
    /** The tile an event happened in (on its link or on our checkbox), if any. */
    fromEvent(event: Event): BoundTile | undefined {
      for (const target of event.composedPath()) {
        if (target instanceof HTMLAnchorElement && bound.has(target)) return bound.get(target);
        if (target instanceof Element && byHost.has(target)) return byHost.get(target);
      }
      return undefined;
    },
    removeAll(): void {
      for (const tile of bound.values()) tile.host.remove();
      for (const host of document.querySelectorAll(TILE_TAG)) host.remove();
      bound.clear();
    },
  };
}
