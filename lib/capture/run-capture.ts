/**
 * The in-page capture button on one platform: asks the background whether it is switched on,
 * then keeps one button per video for as long as the page lives. Everything stops with `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '../messaging';
import type { PlatformAdapter } from './adapter';
import { parseCaptureStates, parseContentSettings, type ContentSettings } from './capture-state';
import { createCaptureController, type CaptureController } from './capture-controller';
import { observeElements } from './element-observer';
import { createButtonMounter, type ButtonActions } from './mount-button';
import { createCaptureStateClient } from './state-client';

export async function runCapture(ctx: ContentScriptContext, adapter: PlatformAdapter, actions: ButtonActions): Promise<void> {
  const states = createCaptureStateClient(async (urls) => parseCaptureStates(await sendMessage('getCaptureStates', { urls })));
  const mount = createButtonMounter(states, actions, adapter.buttonInset);
  let running: { controller: CaptureController; abort: AbortController } | undefined;

  const start = () => {
    if (running || ctx.isInvalid) return;
    const abort = new AbortController();
    ctx.signal.addEventListener('abort', () => abort.abort(), { once: true });
    const controller = createCaptureController({ adapter, mount, pageUrl: () => new URL(location.href) });
    controller.scan(document);
    observeElements(document, controller, abort.signal);
    running = { controller, abort };
  };
  const stop = () => {
    running?.abort.abort();
    running?.controller.stop();
    running = undefined;
  };
  const apply = (settings: ContentSettings | null) => (settings?.buttons[adapter.platform] ? start() : stop());

  ctx.onInvalidated(onMessage('captureStatesChanged', ({ data }) => states.apply(parseCaptureStates(data))));
  ctx.onInvalidated(onMessage('contentSettingsChanged', ({ data }) => apply(parseContentSettings(data))));
  // The Navigation API announces the new URL before `location` reflects it: use the event's.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => running?.controller.locationChanged(event.newUrl));
  ctx.onInvalidated(stop);

  // The right-click menu and the keyboard shortcut ask which video the user means.
  let contextTarget: Element | null = null;
  ctx.addEventListener(document, 'contextmenu', (event) => (contextTarget = event.target instanceof Element ? event.target : null), { capture: true });
  ctx.onInvalidated(
    onMessage('getActiveVideo', ({ data }) => {
      const url = running?.controller.activeUrl(data?.near === 'context' ? contextTarget : undefined) ?? null;
      return url ? { url } : null;
    }),
  );
  ctx.onInvalidated(onMessage('analyzeInPage', ({ data }) => running?.controller.analyze(String(data?.url ?? '')) ?? false));

  apply(parseContentSettings(await sendMessage('getContentSettings')));
}
