/**
 * Mounts one CaptureButton, in its own shadow root, on a video item. The host carries
 * `data-sume-capture` and `data-sume-url`; clicks and keys stop inside the shadow root.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CaptureButton } from '@/components/CaptureButton';
import buttonCss from '@/components/capture-button.css?inline';
import { HOST_ATTRIBUTE, type MountButton } from './capture-controller';
import { createShadowHost } from './shadow-host';
import type { CaptureStateClient } from './state-client';

/** Events that must not reach the site's player (play/pause on click, keyboard shortcuts). */
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'contextmenu'];
const hostStyle = ({ top, left }: { top: number; left: number }) =>
  `all:initial!important;position:absolute!important;top:${top}px!important;left:${left}px!important;z-index:2147483000!important;display:block!important;`;

export interface ButtonActions {
  analyze(url: string): void;
  open(url: string): void;
  retry(url: string): void;
}

function ConnectedButton({ url, states, actions }: { url: string; states: CaptureStateClient; actions: ButtonActions }) {
  const [state, setState] = useState(() => states.get(url));
  useEffect(() => {
    setState(states.get(url));
    return states.subscribe(url, () => setState(states.get(url)));
  }, [url, states]);
  return <CaptureButton state={state} onAnalyze={() => actions.analyze(url)} onOpen={() => actions.open(url)} onRetry={() => actions.retry(url)} />;
}

export function createButtonMounter(states: CaptureStateClient, actions: ButtonActions, inset: { top: number; left: number }): MountButton {
  return (item, registerHost) => {
    const { host, container } = createShadowHost('sume-capture-button', buttonCss, ISOLATED_EVENTS);
    host.setAttribute(HOST_ATTRIBUTE, '');
    host.style.cssText = hostStyle(inset);
    const draw = (url: string) => {
      host.setAttribute('data-sume-url', url);
      render(<ConnectedButton url={url} states={states} actions={actions} />, container);
    };
    draw(item.url);
    // The button is placed against the item's own box; a static box would send it elsewhere.
    const mountPoint = item.mountPoint as HTMLElement;
    if (getComputedStyle(mountPoint).position === 'static') mountPoint.style.position = 'relative';
    mountPoint.prepend(host);
    registerHost(host);
    return {
      setUrl: draw,
      remove() {
        render(null, container);
        host.remove();
      },
    };
  };
}
