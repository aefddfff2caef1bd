/**
 * Puts the extension's confirmation page (entrypoints/confirm) over the page, next to the button
 * that asked: an extension-origin frame in a closed shadow root, in the top layer. The page can
 * neither script, read nor restyle what is inside; what it can still do to the outside (cover it,
 * fade it, move it) the frame itself refuses to act under (lib/ui/input-guard.ts). Closes on
 * Escape, a click outside, the anchor leaving the page, or the background's word.
 *
 * Loading an extension frame costs a renderer process (~150 ms here), so one is loaded out of
 * sight as soon as a pointer or the focus reaches one of our buttons, and handed the one-time
 * token when the person clicks. The token goes by postMessage to that frame's window, which the
 * page cannot reach (the frame sits in a closed root and iframes there are not in `window.frames`),
 * and the background accepts it only from a frame in the tab it issued it to.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';

export const FRAME_WIDTH = 340;
export const FRAME_HEIGHT = 236;
const GAP = 8;
/** A frame loaded ahead of a click that did not come is let go after this long. */
const SPARE_LIFETIME_MS = 30_000;

/** The host's own box; `!important` so a page stylesheet cannot move or fade it. */
const HOST_STYLE =
  'all:initial!important;position:fixed!important;display:block!important;margin:0!important;padding:0!important;border:0!important;' +
  `width:${FRAME_WIDTH}px!important;height:${FRAME_HEIGHT}px!important;inset:auto!important;z-index:2147483647!important;` +
  'background:transparent!important;overflow:visible!important;opacity:1!important;transform:none!important;filter:none!important;';
/** Loaded and waiting, out of sight and out of the way. */
const SPARE_STYLE = `${HOST_STYLE}top:-10000px!important;left:-10000px!important;visibility:hidden!important;pointer-events:none!important;`;

export interface ConfirmFrame {
  readonly token: string;
  close(): void;
}

export interface OpenOptions {
  token: string;
  /** The button's host: the frame sits next to it and closes when it leaves the page or the screen. */
  anchor: Element;
  /**
   * Called once, however it closes. `giveFocusBack`: the person was in the question (or closed it
   * with Escape, or the focus was lost with it), so the focus goes back to the button; not after a
   * click elsewhere, which took the focus where the person wanted it.
   */
  onClosed(giveFocusBack: boolean): void;
}

interface LoadedFrame {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  loaded: Promise<void>;
}

/** The origin of our frame's document: Chrome serves web-accessible pages from a per-session id but the document keeps the extension's own. */
function frameOrigin(): string {
  const base = new URL(browser.runtime.getURL('/'));
  return base.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : `${base.protocol}//${base.host}`;
}

/** The host's style next to the anchor, or null when the anchor is gone or off screen. */
function styleNextTo(anchor: Element): string | null {
  const rect = anchor.getBoundingClientRect();
  if (!anchor.isConnected || rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) return null;
  const below = rect.bottom + GAP + FRAME_HEIGHT <= innerHeight;
  const top = below ? rect.bottom + GAP : Math.max(GAP, rect.top - GAP - FRAME_HEIGHT);
  const left = Math.min(Math.max(GAP, rect.left), Math.max(GAP, innerWidth - FRAME_WIDTH - GAP));
  return `${HOST_STYLE}top:${Math.round(top)}px!important;left:${Math.round(left)}px!important;`;
}

function loadFrame(): LoadedFrame {
  const host = document.createElement('sume-capture-confirm');
  host.style.cssText = SPARE_STYLE;
  const root = host.attachShadow({ mode: 'closed' });
  const iframe = document.createElement('iframe');
  iframe.src = browser.runtime.getURL('/confirm.html');
  iframe.title = t('inPage_confirmTitle');
  // ui-literal: not user-facing
  iframe.style.cssText =
    'display:block;width:100%;height:100%;border:0;border-radius:12px;color-scheme:normal;box-shadow:0 12px 36px rgba(0,0,0,.35);background:transparent';
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  root.append(iframe);
  document.documentElement.append(host);
  return { host, iframe, loaded };
}

export function createConfirmFrames(signal: AbortSignal) {
  let spare: (LoadedFrame & { timer: ReturnType<typeof setTimeout> }) | undefined;
  const dropSpare = () => {
    if (!spare) return;
    clearTimeout(spare.timer);
    spare.host.remove();
    spare = undefined;
  };
  signal.addEventListener('abort', dropSpare, { once: true });

  return {
    /** A click may be coming: have a frame loaded by then. */
    prewarm(): void {
      if (signal.aborted) return;
      if (spare) clearTimeout(spare.timer);
      else spare = { ...loadFrame(), timer: 0 as unknown as ReturnType<typeof setTimeout> };
      spare.timer = setTimeout(dropSpare, SPARE_LIFETIME_MS);
    },

    open({ token, anchor, onClosed }: OpenOptions): ConfirmFrame {
      const frame = spare ?? loadFrame();
      if (spare) clearTimeout(spare.timer);
      spare = undefined;
      const { host, iframe, loaded } = frame;
      const stop = new AbortController();
      let closed = false;
      /** The style attribute as we last wrote it: any other value is the page's doing. */
      let applied: string | null = null;

      const close = (how: 'done' | 'escape' | 'elsewhere' = 'done') => {
        if (closed) return;
        closed = true;
        const focusWasInside = document.activeElement === host;
        stop.abort();
        tamper.disconnect();
        host.remove();
        const focusLost = document.activeElement === null || document.activeElement === document.body;
        onClosed(how !== 'elsewhere' && (focusWasInside || how === 'escape' || focusLost));
      };
      const place = (): boolean => {
        const style = styleNextTo(anchor);
        if (style === null) return false;
        host.style.cssText = style;
        applied = host.getAttribute('style');
        return true;
      };

      if (!place()) queueMicrotask(() => close('elsewhere'));
      // The top layer puts it above whatever the page stacks, clipping and transforms included.
      if ('showPopover' in host && !host.hasAttribute('popover')) {
        host.setAttribute('popover', 'manual');
        (host as HTMLElement & { showPopover(): void }).showPopover();
      }
      void loaded.then(() => {
        if (closed) return;
        iframe.contentWindow?.postMessage({ sumeConfirmationToken: token }, frameOrigin());
        iframe.focus();
      });

      // Tampering: the page restyling or removing the host. Put the style back; anything else closes it.
      const tamper = new MutationObserver((records) => {
        if (!host.isConnected || records.some((record) => record.attributeName && record.attributeName !== 'style')) return close('elsewhere');
        if (host.getAttribute('style') !== applied && !place()) close('elsewhere');
      });
      tamper.observe(host, { attributes: true, attributeFilter: ['style', 'class', 'hidden', 'popover'] });
      tamper.observe(document.documentElement, { childList: true });

      let frameRequest = 0;
      const follow = () => {
        cancelAnimationFrame(frameRequest);
        frameRequest = requestAnimationFrame(() => !closed && !place() && close('elsewhere'));
      };
      const listen = { capture: true, passive: true, signal: stop.signal };
      addEventListener('scroll', follow, listen);
      addEventListener('resize', follow, listen);
      // A person's click anywhere else closes it; the page's own synthetic events do not count.
      document.addEventListener('pointerdown', (event) => event.isTrusted && event.target !== host && close('elsewhere'), listen);
      document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && close('escape'), { capture: true, signal: stop.signal });
      signal.addEventListener('abort', () => close(), { once: true, signal: stop.signal });

      return { token, close: () => close() };
    },
  };
}

export type ConfirmFrames = ReturnType<typeof createConfirmFrames>;
