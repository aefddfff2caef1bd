import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSelectMode } from '@/lib/in-page/select-mode/select-mode';

// Injected on demand into a TikTok or Instagram tab (lib/background/register-batches.ts), never always on.
export default defineUnlistedScript(() => startSelectMode());
