import { browser } from 'wxt/browser';
import { createAccountService } from '../account/account-service';
import { hasOriginPermission } from '../browser/permissions';
import { isExtensionPage } from '../browser/sender';
import { connectRequestSchema } from '../account/account-view';
import { onMessage } from '../messaging';

/** Wires the account service to the message protocol. Call synchronously at worker start. */
export function registerAccount(): void {
  const service = createAccountService({ fetch: (input, init) => fetch(input, init), hasOriginPermission });

  const guard = (sender: Parameters<typeof isExtensionPage>[0]) => {
    if (!isExtensionPage(sender)) throw new Error('This request is only accepted from Sume Capture’s own pages.');
  };

  onMessage('getAccount', ({ sender }) => {
    guard(sender);
    return service.view();
  });
  onMessage('refreshAccount', ({ sender }) => {
    guard(sender);
    return service.refresh();
  });
  onMessage('connect', ({ sender, data }) => {
    guard(sender);
    return service.connect(connectRequestSchema.parse(data));
  });
  onMessage('forgetKey', ({ sender }) => {
    guard(sender);
    return service.forgetKey();
  });

  // A removed optional origin makes the stored connection unusable: re-check so the UI says so.
  browser.permissions.onRemoved.addListener(() => void service.refresh());
}
