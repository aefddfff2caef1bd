import { browser } from 'wxt/browser';
import { createAccountService } from '../account/account-service';
import { hasOriginPermission } from '../browser/permissions';
import { assertExtensionPage } from '../browser/sender';
import { connectRequestSchema } from '../account/account-view';
import { onMessage } from '../messaging';

/** Wires the account service to the message protocol. Call synchronously at worker start. */
export function registerAccount(): void {
  const service = createAccountService({ fetch: (input, init) => fetch(input, init), hasOriginPermission });

  onMessage('getAccount', ({ sender }) => {
    assertExtensionPage(sender);
    return service.view();
  });
  onMessage('refreshAccount', ({ sender }) => {
    assertExtensionPage(sender);
    return service.refresh();
  });
  onMessage('connect', ({ sender, data }) => {
    assertExtensionPage(sender);
    return service.connect(connectRequestSchema.parse(data));
  });
  onMessage('forgetKey', ({ sender }) => {
    assertExtensionPage(sender);
    return service.forgetKey();
  });

  // A removed optional origin makes the stored connection unusable: re-check so the UI says so.
  browser.permissions.onRemoved.addListener(() => void service.refresh());
}
