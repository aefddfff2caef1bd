/**
 * The in-page capture button on one platform: asks the background whether it is switched on,
 * then keeps one button per video for as long as the page lives. Its lifetime, the location it
 * follows and the input it counts are its own (lifetime.ts): nothing a page script dispatches can
 * switch it off, retarget it, or stand in for a person.
 */
import { onMessage, sendMessage } from '../messaging';
import type { PlatformAdapter } from './adapter';
import { parseCaptureStates, parseContentSettings, type ContentSettings } from './capture-state';
import { createCaptureController, type CaptureController } from './capture-controller';
import { followActiveVideo } from './follow-active';
import { observeElements } from './element-observer';
import { claimLifetime, trackPersonInput, watchLocation } from './lifetime';
import { buttonActions } from './button-actions';
import { createButtonMounter } from './mount-button';
import { createNearViewport } from './near-viewport';
import { createCaptureStateClient } from './state-client';
import { createVisibilityProbe } from './visibility-probe';

export async function runCapture(adapter: PlatformAdapter): Promise<void> {
  const lifetime = claimLifetime(adapter.platform);
  const { signal } = lifetime;
  const actions = buttonActions(lifetime);
  const states = createCaptureStateClient(async (urls) => parseCaptureStates(await sendMessage('getCaptureStates', { urls })));
  const buttons = createButtonMounter({ states, actions, adapter, visibility: createVisibilityProbe(), signal });
  const personActed = trackPersonInput(signal);
  let running: { controller: CaptureController; abort: AbortController; follow: { schedule(): void } } | undefined;
  const reportActive = (report: Parameters<typeof sendMessage<'activeVideoChanged'>>[1]) =>
    void sendMessage('activeVideoChanged', report).catch(() => undefined);

  const start = () => {
    if (running || signal.aborted) return;
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const controller = createCaptureController({
      adapter,
      mount: buttons.mount,
      pageUrl: () => new URL(location.href),
      personActed,
      proximity: createNearViewport(abort.signal),
    });
    // The side panel follows the video on screen: asked again whenever the page settles.
    const follow = followActiveVideo(() => controller.activeItem(), adapter.describe, reportActive, abort.signal);
    controller.scan(document);
    const flushed = () => {
      controller.flushed();
      follow.schedule();
    };
    observeElements(document, { added: controller.added, removed: controller.removed, flushed }, abort.signal);
    running = { controller, abort, follow };
    follow.schedule();
  };
  const stop = () => {
    if (running) reportActive({ url: null });
    running?.abort.abort();
    running?.controller.stop();
    running = undefined;
  };
  const apply = (settings: ContentSettings | null) => (settings?.buttons[adapter.platform] ? start() : stop());
  const onStop = (remove: () => void) => signal.addEventListener('abort', remove, { once: true });

  onStop(onMessage('captureStatesChanged', ({ data }) => states.apply(parseCaptureStates(data))));
  onStop(onMessage('contentSettingsChanged', ({ data }) => apply(parseContentSettings(data))));
  onStop(onMessage('confirmationClosed', ({ data }) => buttons.confirmationClosed(String(data?.token ?? ''))));
  watchLocation(signal, (url) => {
    running?.controller.locationChanged(url);
    running?.follow.schedule();
  });
  onStop(stop);

  // The right-click menu and the keyboard shortcut ask which video the user means. Only the
  // browser's own right-click counts: a page can dispatch `contextmenu` on any element it likes.
  let contextTarget: Element | null = null;
  document.addEventListener(
    'contextmenu',
    (event) => {
      if (event.isTrusted) contextTarget = event.target instanceof Element ? event.target : null;
    },
    {
      capture: true,
      signal,
    },
  );
  onStop(
    onMessage('getActiveVideo', ({ data }) => {
      const item = running?.controller.activeItem(data?.near === 'context' ? contextTarget : undefined);
      // The menu and the shortcut ask this first: a question may follow.
      if (item && data?.forQuestion) buttons.prewarm();
      return item ? { url: item.url, creator: item.creator } : null;
    }),
  );
  onStop(onMessage('getPageReport', () => running?.controller.report(document.getElementsByTagName('video')) ?? null));
  onStop(onMessage('analyzeInPage', ({ data }) => running?.controller.analyze(String(data?.url ?? '')) ?? false));

  apply(parseContentSettings(await sendMessage('getContentSettings').catch(() => null)));
}
