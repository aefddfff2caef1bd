/**
 * Mounts one capture button, in its own closed shadow root, on a video item. The host carries only
 * `data-sume-capture` and `data-sume-url` (which tell the page nothing it does not know); what the
 * user captured, errors and credits stay inside. Only a person's click (or Enter/Space, which the
 * browser turns into a trusted click) starts anything; while one is handled, another does nothing.
 * Spending decisions are the background's; a question opens in the extension's own frame.
 */
import type { ReelDescription } from '../captures/reel-description';
import type { ButtonOutcome } from '../messaging';
import type { PlatformAdapter, VideoItem } from './adapter';
import buttonCss from './button.css?inline';
import { createButtonView } from './button-view';
import { HOST_ATTRIBUTE, type MountButton } from './capture-controller';
import { createConfirmFrames, type ConfirmFrame } from './confirm-frame';
import { createPositionAnchor } from './position-anchor';
import { createShadowHost } from './shadow-host';
import type { CaptureStateClient } from './state-client';
import type { VisibilityProbe } from './visibility-probe';

/** Events that must not reach the site's player (play/pause on click, shortcuts, its own menu). Desktop only. */
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'contextmenu'];
const hostStyle = ({ top, left }: { top: number; left: number }) =>
  `all:initial!important;position:absolute!important;top:${top}px!important;left:${left}px!important;z-index:2147483000!important;display:block!important;`;

export interface ButtonActions {
  /** A person clicked the button of this reel: the background sends it, or issues a question. */
  activate(url: string, reel: ReelDescription, unverified: boolean): Promise<ButtonOutcome>;
  open(target: { url: string; captureId?: string }): void;
  /** The content script closed a question it opened (Escape, a click outside, the video left). */
  dismiss(token: string): void;
}

export interface ButtonMounterOptions {
  states: CaptureStateClient;
  actions: ButtonActions;
  adapter: Pick<PlatformAdapter, 'buttonInset' | 'describe'>;
  visibility: VisibilityProbe;
  signal: AbortSignal;
}

/**
 * Instagram's home feed wraps the media in `aria-hidden="true"`: a button in there would not exist
 * for a screen reader. Mount it beside the outermost such wrapper instead, still inside the item.
 */
export function accessibleMountPoint(mountPoint: Element, container: Element): Element {
  let point = mountPoint;
  for (let el: Element | null = mountPoint; el && el !== container; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') === 'true' && el.parentElement) point = el.parentElement;
  }
  return point;
}

/** The button still sits inside its own item, where the person saw it: the page did not move it onto another video. */
function inPlace(host: Element, container: Element): boolean {
  if (!container.contains(host)) return false;
  const inner = host.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  return inner.width > 0 && inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
}

/** The creator's handle without "@", for the button's accessible name. */
const handle = (creator: string | undefined) => creator?.replace(/^@/, '') || undefined;

export function createButtonMounter({ states, actions, adapter, visibility, signal }: ButtonMounterOptions) {
  /** At most one question open in a page; a new one replaces it. */
  let open: { frame: ConfirmFrame; owner: object } | undefined;
  const frames = createConfirmFrames(signal);

  const anchor = createPositionAnchor(signal);

  const mount: MountButton = (first, registerHost) => {
    const { host, root } = createShadowHost('sume-capture-button', buttonCss, ISOLATED_EVENTS);
    host.setAttribute(HOST_ATTRIBUTE, '');
    host.style.cssText = hostStyle(adapter.buttonInset);
    const view = createButtonView(root);
    let item: VideoItem = first;
    let busy = false;
    const self = {};
    let unsubscribe = states.subscribe(item.url, (news) => draw(news));

    function draw(news = false): void {
      host.setAttribute('data-sume-url', item.url);
      view.update(states.get(item.url), handle(item.creator), news);
    }

    /**
     * `clicked`: on the button itself, where the page could have covered or moved it; otherwise the
     * browser's own menu or shortcut asked for it.
     */
    async function activate(clicked: boolean): Promise<void> {
      if (busy) return;
      busy = true;
      view.setPending(true);
      const url = item.url;
      // Not sure this is the reel the person means: the background will ask, naming it.
      const unverified = item.unverified === true || (clicked && (visibility.seen(host) === false || !inPlace(host, item.container)));
      try {
        const outcome = await actions.activate(url, adapter.describe(item), unverified);
        if (outcome.kind === 'confirm' && host.isConnected) {
          open?.frame.close();
          const frame = frames.open({
            token: outcome.token,
            anchor: host,
            onClosed: (giveFocusBack) => {
              if (open?.frame === frame) open = undefined;
              actions.dismiss(frame.token);
              if (giveFocusBack && host.isConnected) view.focus();
            },
          });
          open = { frame, owner: self };
        }
      } catch {
        // The extension was reloaded or its background is restarting: nothing was sent.
      } finally {
        busy = false;
        view.setPending(false);
      }
    }

    view.button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const status = states.get(item.url)?.status;
      if (status === 'done') {
        const captureId = states.get(item.url)?.captureId;
        actions.open({ url: item.url, ...(captureId ? { captureId } : {}) });
      } else if (status === undefined || status === 'ready' || status === 'failed') void activate(true);
    });
    // A click may be coming: watch whether the button is really seen (the host: the chip's own
    // backdrop blur would count as an effect on it), and have a question frame loaded by then.
    for (const [on, off] of [
      ['pointerenter', 'pointerleave'],
      ['focus', 'blur'],
    ] as const) {
      view.button.addEventListener(on, (event) => {
        if (!event.isTrusted) return;
        visibility.watch(host);
        frames.prewarm();
      });
      view.button.addEventListener(off, () => visibility.unwatch(host));
    }

    draw();
    // Inserted at once: the position of the mount point is settled after layout (position-anchor.ts).
    const mountPoint = accessibleMountPoint(item.mountPoint, item.container);
    mountPoint.prepend(host);
    anchor.watch(host);
    registerHost(host);
    return {
      update(next) {
        const urlChanged = next.url !== item.url;
        item = next;
        if (urlChanged) {
          unsubscribe();
          unsubscribe = states.subscribe(item.url, (news) => draw(news));
          // A question about the reel this button showed before is no longer about what it shows.
          if (open?.owner === self) open.frame.close();
        }
        draw();
      },
      analyze: () => void activate(false),
      remove() {
        anchor.unwatch(host);
        if (open?.owner === self) open.frame.close();
        unsubscribe();
        visibility.unwatch(host);
        host.remove();
      },
    };
  };

  return {
    mount,
    /** The menu or the shortcut is about to ask: load a question frame now. */
    prewarm: () => frames.prewarm(),
    /** The background's word that a question is over (sent, opened or cancelled). */
    confirmationClosed(token: string): void {
      if (open?.frame.token === token) open.frame.close();
    },
  };
}
