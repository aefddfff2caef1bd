import { handleCommand, handleMenuClick } from './register-entry-points';
import { publishCaptureStates } from './register-capture-states';

/**
 * Hooks for the browser tests, reached with `serviceWorker.evaluate(...)`. Only the e2e build
 * (`wxt build --mode e2e`) calls this; `npm test` checks release builds do not contain it.
 */
export function registerTestHooks(): void {
  Object.assign(globalThis, { __sumeTest: { publishCaptureStates, handleMenuClick, handleCommand } });
}
