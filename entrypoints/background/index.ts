import '@/lib/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAccount } from '@/lib/background/register-account';
import { registerActiveVideos } from '@/lib/background/register-active-videos';
import { registerAssetSearch } from '@/lib/background/register-asset-search';
import { registerOmnibox } from '@/lib/background/omnibox';
import { registerBatches } from '@/lib/background/register-batches';
import { registerCaptureStates } from '@/lib/background/register-capture-states';
import { registerCaptures } from '@/lib/background/register-captures';
import { registerConfirmations } from '@/lib/background/register-confirmations';
import { registerMenuAndShortcut } from '@/lib/background/register-menu-and-shortcut';
import { registerInstall } from '@/lib/background/register-install';
import { registerTestHooks } from '@/lib/background/register-test-hooks';
import { registerMoments } from '@/lib/background/register-moments';
import { registerUploads } from '@/lib/background/register-uploads';

// Listeners are registered synchronously: an MV3 worker may be stopped and restarted at any time.
export default defineBackground(() => {
  registerInstall();
  registerAccount();
  registerCaptureStates();
  registerActiveVideos();
  const search = registerAssetSearch();
  const omnibox = registerOmnibox(search);
  const { service } = registerCaptures();
  registerMenuAndShortcut(registerConfirmations(service));
  const batches = registerBatches(service);
  const uploads = registerUploads();
  const moments = registerMoments(uploads.frames);
  if (import.meta.env.MODE === 'e2e') registerTestHooks({ uploads, omnibox, batches, moments });
});
