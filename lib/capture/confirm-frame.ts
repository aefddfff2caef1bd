/**
 * Puts the extension's confirmation page (entrypoints/confirm) over the page, next to the button
 * that asked: an extension-origin frame in a closed shadow root, in the top layer. The page can
 * neither script, read nor restyle what is inside; what it can still do to the outside (cover it,
 * fade it, move it) the frame itself refuses to act under (lib/ui/input-guard.ts). The one-time
 * token travels in the fragment, which no request carries and the page cannot read. Closes on
 * Escape, a click outside, the anchor leaving the page, or the background's word.
 */
import { browser } from 'wxt/browser';

export const FRAME_WIDTH = 340;
export const FRAME_HEIGHT = 236;
const GAP = 8;

/** The host's own box; `!important` so a page stylesheet cannot move or fade it. */
const HOST_STYLE =
  'all:initial!important;position:fixed!important;display:block!important;margin:0!important;padding:0!important;border:0!important;' +
  `width:${FRAME_WIDTH}px!important;height:${FRAME_HEIGHT}px!important;inset:auto!important;z-index:2147483647!important;` +
  'background:transparent!important;overflow:visible!important;opacity:1!important;transform:none!important;filter:none!important;';

export interface ConfirmFrame {
  readonly token: string;
  close(): void;
}

export interface ConfirmFrameOptions {
  token: string;
  /** The button's host: the frame sits next to it and closes when it leaves the page or the screen. */
  anchor: Element;
  /** Called once, however it closes; `focusWasInside` when the person was in the frame. */
  onClosed(focusWasInside: boolean): void;
  signal: AbortSignal;
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

export function openConfirmFrame({ token, anchor, onClosed, signal }: ConfirmFrameOptions): ConfirmFrame {
  const host = document.createElement('sume-capture-confirm');
  const root = host.attachShadow({ mode: 'closed' });
  const iframe = document.createElement('iframe');
  iframe.src = `${browser.runtime.getURL('/confirm.html')}#${token}`;
  iframe.title = 'Sume Capture: confirm the analysis';
  iframe.style.cssText = 'display:block;width:100%;height:100%;border:0;border-radius:12px;color-scheme:normal;box-shadow:0 12px 36px rgba(0,0,0,.35);background:transparent';
  root.append(iframe);

  const stop = new AbortController();
  let closed = false;
  /** The style attribute as we last wrote it: any other value is the page's doing. */
  let applied: string | null = null;
  const place = (): boolean => {
    const style = styleNextTo(anchor);
    if (style === null) return false;
    host.style.cssText = style;
    applied = host.getAttribute('style');
    return true;
  };
  const close = () => {
    if (closed) return;
    closed = true;
    const focusWasInside = document.activeElement === host;
    stop.abort();
    tamper.disconnect();
    host.remove();
    onClosed(focusWasInside);
  };

  if (!place()) queueMicrotask(close);
  // The top layer puts it above whatever the page stacks, clipping and transforms included.
  if ('showPopover' in host) host.setAttribute('popover', 'manual');
  document.documentElement.append(host);
  (host as HTMLElement & { showPopover?: () => void }).showPopover?.();
  iframe.addEventListener('load', () => iframe.focus(), { once: true, signal: stop.signal });

  // Tampering: the page restyling or removing the host. Put the style back; a removal closes it.
  const tamper = new MutationObserver((records) => {
    if (!host.isConnected || records.some((record) => record.attributeName && record.attributeName !== 'style')) return close();
    if (host.getAttribute('style') !== applied && !place()) close();
  });
  tamper.observe(host, { attributes: true, attributeFilter: ['style', 'class', 'hidden', 'popover'] });
  tamper.observe(document.documentElement, { childList: true });

  let frame = 0;
  const follow = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => !closed && !place() && close());
  };
  const listen = { capture: true, passive: true, signal: stop.signal };
  addEventListener('scroll', follow, listen);
  addEventListener('resize', follow, listen);
  // A person's click anywhere else closes it; the page's own synthetic events do not count.
  document.addEventListener('pointerdown', (event) => event.isTrusted && event.target !== host && close(), listen);
  document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && close(), { capture: true, signal: stop.signal });
  signal.addEventListener('abort', close, { once: true, signal: stop.signal });

  return { token, close };
}
