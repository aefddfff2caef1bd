import { defineBackground } from 'wxt/utils/define-background';
import { registerAccount } from '@/lib/background/register-account';
import { registerInstall } from '@/lib/background/register-install';

// Listeners are registered synchronously: an MV3 worker may be stopped and restarted at any time.
export default defineBackground(() => {
  registerInstall();
  registerAccount();
});
