/** What the in-page button asks of the background. The background decides and publishes the state. */
import { sendMessage } from '../messaging';
import type { ButtonActions, Preparation } from './mount-button';

export function buttonActions(): ButtonActions {
  // A failed message (extension reloaded, worker restarting) must not throw into the page.
  const send = (promise: Promise<unknown>) => void promise.catch(() => undefined);
  return {
    async prepare(url): Promise<Preparation> {
      const prepared = await sendMessage('prepareCapture', { url });
      if (!prepared.ok) return { error: prepared.error.message };
      return {
        confirm: prepared.confirm,
        ...(prepared.remainingCredits !== undefined ? { remainingCredits: prepared.remainingCredits } : {}),
        ...(prepared.requiredCredits !== undefined ? { requiredCredits: prepared.requiredCredits } : {}),
        ...(prepared.duplicate ? { duplicate: { phase: prepared.duplicate.phase }, duplicateId: prepared.duplicate.captureId } : {}),
      };
    },
    capture: (url, dontAskAgain) => send(sendMessage('captureReel', { url, source: 'button', ...(dontAskAgain ? { dontAskAgain } : {}) })),
    open: (target) => send(sendMessage('openCapture', target)),
  };
}
