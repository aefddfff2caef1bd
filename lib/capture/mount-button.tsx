/**
 * Mounts one CaptureButton, in its own shadow root, on a video item. The host carries
 * `data-sume-capture` and `data-sume-url`; clicks and keys stop inside the shadow root. The
 * button's local state (the confirm prompt) lives here; the capture state comes from the background.
 */
import { render } from 'preact';
import { CaptureButton } from '@/components/CaptureButton';
import { CaptureConfirm, type ConfirmPrompt } from '@/components/CaptureConfirm';
import buttonCss from '@/components/capture-button.css?inline';
import { HOST_ATTRIBUTE, type MountButton } from './capture-controller';
import { createShadowHost } from './shadow-host';
import type { CaptureStateClient } from './state-client';

/** Events that must not reach the site's player (play/pause on click, shortcuts, its own menu). Desktop only. */
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'contextmenu'];
const hostStyle = ({ top, left }: { top: number; left: number }) =>
  `all:initial!important;position:absolute!important;top:${top}px!important;left:${left}px!important;z-index:2147483000!important;display:block!important;`;

export type Preparation = (ConfirmPrompt & { confirm: boolean; duplicateId?: string }) | { error: string };

export interface ButtonActions {
  /** What to ask before spending credits on this reel. */
  prepare(url: string): Promise<Preparation>;
  capture(url: string, dontAskAgain: boolean): void;
  open(target: { url: string; captureId?: string }): void;
}

export function createButtonMounter(states: CaptureStateClient, actions: ButtonActions, inset: { top: number; left: number }): MountButton {
  /**
   * Hosts are placed in batches, reads before writes: reading a mount point's computed position
   * right after inserting the previous button would force one style recalculation per button.
   */
  const pending: { mountPoint: HTMLElement; host: HTMLElement; place: () => void }[] = [];
  const flush = () => {
    const batch = pending.splice(0);
    const statics = batch.map(({ mountPoint }) => getComputedStyle(mountPoint).position === 'static');
    batch.forEach(({ mountPoint, place }, i) => {
      // The button is placed against the item's own box; a static box would send it elsewhere.
      if (statics[i]) mountPoint.style.position = 'relative';
      place();
    });
  };

  return (item, registerHost) => {
    const { host, container } = createShadowHost('sume-capture-button', buttonCss, ISOLATED_EVENTS);
    host.setAttribute(HOST_ATTRIBUTE, '');
    host.style.cssText = hostStyle(inset);
    let url = item.url;
    let prompt: (ConfirmPrompt & { duplicateId?: string }) | undefined;
    let dontAsk = false;
    let unsubscribe = states.subscribe(url, () => draw());

    const close = () => {
      prompt = undefined;
      draw();
      container.querySelector<HTMLElement>('.sume-button')?.focus();
    };
    const analyze = async () => {
      const prepared = await actions.prepare(url).catch(() => ({ error: 'Sume Capture is restarting. Try again in a moment.' }));
      if ('error' in prepared) prompt = { error: prepared.error };
      else if (!prepared.confirm) return actions.capture(url, false);
      else prompt = prepared;
      dontAsk = false;
      draw();
      container.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    };
    function draw(): void {
      host.setAttribute('data-sume-url', url);
      const state = states.get(url);
      render(
        <>
          <CaptureButton
            state={state}
            onAnalyze={() => void analyze()}
            onOpen={() => actions.open({ url, ...(state?.captureId ? { captureId: state.captureId } : {}) })}
            onRetry={() => void analyze()}
          />
          {prompt && (
            <CaptureConfirm
              prompt={prompt}
              dontAsk={dontAsk}
              onDontAskChange={(value) => {
                dontAsk = value;
                draw();
              }}
              onConfirm={(dontAsk) => {
                prompt = undefined;
                draw();
                actions.capture(url, dontAsk);
              }}
              onOpenExisting={() => {
                const captureId = prompt?.duplicateId;
                close();
                actions.open({ url, ...(captureId ? { captureId } : {}) });
              }}
              onCancel={close}
            />
          )}
        </>,
        container,
      );
    }

    draw();
    let removed = false;
    const mountPoint = item.mountPoint as HTMLElement;
    if (pending.length === 0) queueMicrotask(flush);
    pending.push({
      mountPoint,
      host,
      place: () => {
        if (removed || !mountPoint.isConnected) return;
        mountPoint.prepend(host);
        registerHost(host);
      },
    });
    return {
      setUrl(next) {
        unsubscribe();
        url = next;
        prompt = undefined;
        unsubscribe = states.subscribe(url, () => draw());
        draw();
      },
      analyze: () => void analyze(),
      remove() {
        removed = true;
        unsubscribe();
        render(null, container);
        host.remove();
      },
    };
  };
}
