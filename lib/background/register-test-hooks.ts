import { handleCommand, handleMenuClick } from './register-menu-and-shortcut';
import { publishCaptureStates } from './register-capture-states';
import type { registerUploads } from './register-uploads';

/**
 * Hooks for the browser tests, reached with `serviceWorker.evaluate(...)`. Only the e2e build
 * (`wxt build --mode e2e`) calls this; `npm test` checks release builds do not contain it.
 */
export function registerTestHooks(uploads: ReturnType<typeof registerUploads>): void {
  const { captureMedia, uploadFromMenu, driver } = uploads;
  Object.assign(globalThis, { __sumeTest: { publishCaptureStates, handleMenuClick, handleCommand, captureMedia, uploadFromMenu, kickUploads: driver.kick } });
}
