import { browser } from 'wxt/browser';
import { createAccountService } from '../account/account-service';
import { hasOriginPermission } from '../browser/permissions';
import { handle } from '../protocol/handle';
import { connectRequest } from '../protocol/requests';

/** Wires the account service to the message protocol. Call synchronously at worker start. */
export function registerAccount(): void {
  const service = createAccountService({ fetch: (input, init) => fetch(input, init), hasOriginPermission });

  handle('getAccount', { from: 'page' }, () => {
    return service.view();
  });
  handle('refreshAccount', { from: 'page' }, () => {
    return service.refresh();
  });
  handle('connect', { from: 'page', input: connectRequest }, (input) => {
    return service.connect(input);
  });
  handle('forgetKey', { from: 'page' }, () => {
    return service.forgetKey();
  });

  // A removed optional origin makes the stored connection unusable: re-check so the UI says so.
  browser.permissions.onRemoved.addListener(() => void service.refresh());
}
