/**
 * Select mode: a checkbox on every grid tile bound to a video, a bar with the running count, and
 * "Analyze N", which asks the background to put the question in the extension's own window. Put in
 * the page on demand (scripting.executeScript of entrypoints/select-mode, from the popup, the side
 * panel or a shortcut), so the always-on content script carries none of it.
 *
 * The page is hostile, so:
 * - only a person's input counts: every click and key is checked for `isTrusted`;
 * - what is ticked lives here, in the content script's world, keyed by video (selection.ts); the
 *   page can read none of it, and the checkboxes and the bar are in closed shadow roots;
 * - a tile's link is read again when it is clicked, and the window lists the canonical URLs the
 *   person is about to pay for: a page that swaps links under the pointer is seen there;
 * - "Analyze" spends nothing: the background only opens the question, and the person decides there.
 *
 * Work grows with what the page adds: tiles are found once in the document when select mode starts,
 * then only in the nodes a mutation adds (a tile that comes back after virtualization is drawn
 * ticked again, because the selection is by video).
 */
import { t, tn } from '../../i18n/t';
import { onMessage, sendMessage } from '../../messaging';
import { describeReel } from '../../platforms/registry';
import { createSelection, type Tile } from './selection';
import { isTileSized, tileOf } from './tiles';
import { SELECT_BAR_CSS, TILE_CSS } from './select-mode-css';

/** As many as one question may carry (lib/protocol/requests.ts BATCH_MAX). */
const LIMIT = 200;
const TILE_TAG = 'sume-capture-select';
const BAR_TAG = 'sume-capture-select-bar';
/** The hosts' own boxes; `!important` so a page stylesheet cannot move, hide or fade them. */
const TILE_HOST_STYLE =
  'all:initial!important;position:absolute!important;display:block!important;width:0!important;height:0!important;margin:0!important;z-index:2147483646!important;opacity:1!important;visibility:visible!important;';
const BAR_HOST_STYLE =
  'all:initial!important;position:fixed!important;display:block!important;inset:auto 0 20px 0!important;margin:0 auto!important;width:min(640px,calc(100vw - 24px))!important;height:auto!important;z-index:2147483647!important;opacity:1!important;visibility:visible!important;border:0!important;padding:0!important;background:transparent!important;overflow:visible!important;';

interface BoundTile extends Tile {
  anchor: HTMLAnchorElement;
  host: HTMLElement;
  box: HTMLButtonElement;
}

declare global {
  // The one select mode of this page's content-script world (a second injection finds it).
  var __sumeSelectMode: { focus(): void } | undefined;
}

export function startSelectMode(): void {
  if (globalThis.__sumeSelectMode) {
    globalThis.__sumeSelectMode.focus();
    return;
  }
  const stop = new AbortController();
  const { signal } = stop;
  const selection = createSelection(LIMIT);
  const bound = new Map<HTMLAnchorElement, BoundTile>();
  const byHost = new WeakMap<Element, BoundTile>();
  let status = '';

  // ── The bar ──
  const barHost = document.createElement(BAR_TAG);
  barHost.style.cssText = BAR_HOST_STYLE;
  const barRoot = barHost.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SELECT_BAR_CSS;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('batch_barLabel'));
  const count = document.createElement('strong');
  count.className = 'count';
  const note = document.createElement('span');
  note.className = 'note';
  note.setAttribute('role', 'status');
  const text = document.createElement('div');
  text.className = 'text';
  text.append(count, note);
  const button = (label: string, cls: string, onClick: () => void) => {
    const made = document.createElement('button');
    made.type = 'button';
    made.className = cls;
    made.textContent = label;
    made.addEventListener('click', (event) => event.isTrusted && onClick(), { signal });
    return made;
  };
  const all = button(t('batch_selectAllVisible'), 'ghost', () => selectVisible());
  const clear = button(t('batch_clear'), 'ghost', () => {
    selection.clear();
    status = '';
    redraw();
  });
  const analyze = button('', 'primary', () => void ask());
  const done = button(t('batch_done'), 'ghost', () => leave());
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(all, clear, analyze, done);
  bar.append(text, actions);
  barRoot.append(style, bar);
  // The bar's own clicks and keys stay with us: the site's shortcuts never see them.
  for (const type of ['click', 'keydown', 'keyup', 'pointerdown', 'mousedown']) barRoot.addEventListener(type, (event) => event.stopPropagation(), { signal });

  function showBar(): void {
    if (!barHost.isConnected) document.documentElement.append(barHost);
    // The top layer puts it above whatever the page stacks.
    if ('showPopover' in barHost && !barHost.matches(':popover-open')) {
      barHost.setAttribute('popover', 'manual');
      (barHost as HTMLElement & { showPopover(): void }).showPopover();
    }
  }

  function redraw(): void {
    const n = selection.size;
    count.textContent = tn('batch_selected', n);
    note.textContent = status || (bound.size === 0 ? t('batch_noTiles') : t('batch_hint'));
    analyze.textContent = tn('batch_analyze', n);
    analyze.disabled = n === 0;
    clear.disabled = n === 0;
    for (const tile of bound.values()) drawTile(tile);
  }

  function drawTile(tile: BoundTile): void {
    const on = selection.has(tile.key);
    tile.box.setAttribute('aria-checked', String(on));
  }

  // ── Tiles ──
  /**
   * Binds the video tiles among these links: every box is read first, then every checkbox put in
   * (reading a box after each insert would lay the page out once per tile).
   */
  function bindAll(anchors: Iterable<HTMLAnchorElement>): void {
    const found: { anchor: HTMLAnchorElement; tile: Tile }[] = [];
    for (const anchor of anchors) {
      if (bound.has(anchor) || anchor.closest(`${TILE_TAG}, ${BAR_TAG}`)) continue;
      const tile = tileOf(anchor.href);
      if (tile) found.push({ anchor, tile });
    }
    const sized = found.filter(({ anchor }) => isTileSized(anchor.getBoundingClientRect()));
    for (const { anchor, tile } of sized) mount(anchor, tile);
  }

  function mount(anchor: HTMLAnchorElement, tile: Tile): void {
    const host = document.createElement(TILE_TAG);
    host.style.cssText = TILE_HOST_STYLE;
    const root = host.attachShadow({ mode: 'closed' });
    const css = document.createElement('style');
    css.textContent = TILE_CSS;
    const box = document.createElement('button');
    box.type = 'button';
    box.setAttribute('role', 'checkbox');
    box.setAttribute('aria-label', t('batch_tileLabel', { video: describeReel(tile.url) }));
    root.append(css, box);
    // Keys on the checkbox are ours (Space, Enter): the site's shortcuts never see them.
    for (const type of ['keydown', 'keyup']) root.addEventListener(type, (event) => event.stopPropagation(), { signal });
    const made: BoundTile = { ...tile, anchor, host, box };
    // Its static position is the top-left of the tile: no containing block of the page's is needed.
    anchor.prepend(host);
    bound.set(anchor, made);
    byHost.set(host, made);
    drawTile(made);
  }

  /** The links in these added nodes (the nodes themselves and what they hold). */
  function* linksWithin(nodes: Iterable<Node>): Generator<HTMLAnchorElement> {
    for (const node of nodes) {
      if (!(node instanceof Element)) continue;
      if (node instanceof HTMLAnchorElement) yield node;
      yield* node.getElementsByTagName('a') as HTMLCollectionOf<HTMLAnchorElement>;
    }
  }

  function unbindWithin(node: Node): void {
    if (!(node instanceof Element)) return;
    const gone = node instanceof HTMLAnchorElement ? [node, ...node.getElementsByTagName('a')] : [...node.getElementsByTagName('a')];
    for (const anchor of gone) {
      // Its checkbox goes with it: a tile that comes back gets a fresh one, drawn from the selection.
      bound.get(anchor as HTMLAnchorElement)?.host.remove();
      bound.delete(anchor as HTMLAnchorElement);
    }
  }

  /** The tiles in the DOM now, in document order (for shift-click ranges and "all visible"). */
  function tilesInOrder(): BoundTile[] {
    return [...bound.values()]
      .filter((tile) => tile.anchor.isConnected)
      .sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  function tileFromEvent(event: Event): BoundTile | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLAnchorElement && bound.has(target)) return bound.get(target);
      if (target instanceof Element && byHost.has(target)) return byHost.get(target);
    }
    return undefined;
  }

  function toggleFrom(tile: BoundTile, range: boolean): void {
    // The link as it reads now: a page that changed it since the tile was bound is followed.
    const now = tileOf(tile.anchor.href);
    if (!now) return;
    const current = { key: now.key, url: now.url };
    const ok = range ? selection.range(current, tilesInOrder()) : selection.toggle(current);
    status = ok ? '' : t('batch_tooMany', { count: LIMIT });
    redraw();
  }

  function selectVisible(): void {
    const visible = tilesInOrder().filter((tile) => {
      const r = tile.anchor.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    });
    status = selection.add(visible) ? '' : t('batch_tooMany', { count: LIMIT });
    redraw();
  }

  // A person's click on a tile ticks it instead of opening it; the page's own synthetic clicks tick
  // nothing (and a page that dispatches a click it made uncancelable navigates itself, as it could anyway).
  document.addEventListener(
    'click',
    (event) => {
      const tile = tileFromEvent(event);
      if (!tile) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.isTrusted) toggleFrom(tile, event.shiftKey);
    },
    { capture: true, signal },
  );
  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && !event.defaultPrevented && leave(), { capture: true, signal });

  const observer = new MutationObserver((records) => {
    const before = bound.size;
    for (const record of records) for (const node of record.removedNodes) unbindWithin(node);
    bindAll(linksWithin(records.flatMap((record) => [...record.addedNodes])));
    // The page took our bar away: it comes back.
    if (!barHost.isConnected) showBar();
    if (bound.size !== before && selection.size === 0 && !status) redraw();
  });

  // ── Asking ──
  async function ask(): Promise<void> {
    const urls = selection.urls();
    if (urls.length === 0) return;
    analyze.disabled = true;
    try {
      const answer = await sendMessage('prepareBatch', { urls });
      status = answer.ok ? t('batch_waiting') : t('batch_askFailed', { reason: answer.error.message });
    } catch (error) {
      status = t('batch_askFailed', { reason: error instanceof Error ? error.message : String(error) });
    }
    redraw();
  }

  const unlisten = onMessage('batchClosed', ({ data }) => {
    if (data.outcome === 'decided') {
      selection.clear();
      status = t('batch_decided', { sent: data.sent, saved: data.saved });
    } else status = t('batch_cancelled');
    redraw();
  });

  function leave(): void {
    stop.abort();
    observer.disconnect();
    unlisten();
    for (const tile of bound.values()) tile.host.remove();
    for (const host of document.querySelectorAll(TILE_TAG)) host.remove();
    bound.clear();
    barHost.remove();
    globalThis.__sumeSelectMode = undefined;
  }

  globalThis.__sumeSelectMode = {
    focus() {
      showBar();
      (analyze.disabled ? all : analyze).focus();
    },
  };
  bindAll(document.body.getElementsByTagName('a') as HTMLCollectionOf<HTMLAnchorElement>);
  observer.observe(document.body, { childList: true, subtree: true });
  showBar();
  redraw();
  all.focus();
}
