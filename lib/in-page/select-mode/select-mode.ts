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
import { t } from '../../i18n/t';
import { onMessage, sendMessage } from '../../messaging';
import { createSelection } from './selection';
import { tileOf } from './tiles';
import { BAR_TAG, createSelectBar } from './select-bar';
import { createTileBoxes, linksWithin, type BoundTile } from './tile-boxes';

/** As many as one question may carry (lib/protocol/requests.ts BATCH_MAX). */
const LIMIT = 200;

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
  const tiles = createTileBoxes(BAR_TAG, (key) => selection.has(key));
  let status = '';

  const bar = createSelectBar(
    {
      selectVisible: () => selectVisible(),
      clear: () => {
        selection.clear();
        status = '';
        redraw();
      },
      analyze: () => void ask(),
      done: () => leave(),
    },
    signal,
  );

  function redraw(): void {
    bar.draw(selection.size, status || (tiles.size === 0 ? t('batch_noTiles') : t('batch_hint')));
    tiles.drawAll();
  }

  function toggleFrom(tile: BoundTile, range: boolean): void {
    // The link as it reads now: a page that changed it since the tile was bound is followed.
    const current = tileOf(tile.anchor.href);
    if (!current) return;
    const ok = range ? selection.range(current, tiles.inOrder()) : selection.toggle(current);
    status = ok ? '' : t('batch_tooMany', { count: LIMIT });
    redraw();
  }

  function selectVisible(): void {
    const visible = tiles.inOrder().filter((tile) => {
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
      const tile = tiles.fromEvent(event);
      if (!tile) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.isTrusted) toggleFrom(tile, event.shiftKey);
    },
    { capture: true, signal },
  );
  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && !event.defaultPrevented && leave(), { capture: true, signal });

  const observer = new MutationObserver((records) => {
    const before = tiles.size;
    for (const record of records) for (const node of record.removedNodes) tiles.unbindWithin(node);
    tiles.bind(linksWithin(records.flatMap((record) => [...record.addedNodes])));
    // The page took our bar away: it comes back.
    if (!bar.isConnected()) bar.show();
    if (tiles.size !== before && selection.size === 0 && !status) redraw();
  });

  // ── Asking ──
  /** One question at a time: a double click asks once. */
  let asking = false;
  async function ask(): Promise<void> {
    const ticked = selection.tiles();
    if (ticked.length === 0 || asking) return;
    asking = true;
    const items = ticked.map(({ key, url }) => {
      const poster = tiles.posterOf(key);
      return poster ? { url, reel: { poster } } : { url };
    });
    try {
      const answer = await sendMessage('prepareBatch', { items });
      status = answer.ok ? t('batch_waiting') : t('batch_askFailed', { reason: answer.error.message });
    } catch (error) {
      status = t('batch_askFailed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      asking = false;
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
    tiles.removeAll();
    bar.remove();
    globalThis.__sumeSelectMode = undefined;
  }

  globalThis.__sumeSelectMode = {
    focus() {
      bar.show();
      bar.focus();
    },
  };
  tiles.bind(document.body.getElementsByTagName('a') as HTMLCollectionOf<HTMLAnchorElement>);
  observer.observe(document.body, { childList: true, subtree: true });
  bar.show();
  redraw();
  bar.focus();
}
