import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '@/lib/in-page/adapters/tiktok';
import { runCapture } from '@/lib/in-page/run-capture';
import { pageMatchPattern } from '@/lib/platforms/platform';
import { TIKTOK_PLATFORM } from '@/lib/platforms/tiktok';

export default defineContentScript({
  matches: [pageMatchPattern(TIKTOK_PLATFORM)],
  runAt: 'document_idle',
  // WXT's start-up postMessage would tell every page script our extension id; our lifetime is our own (lib/in-page/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => runCapture(tiktokAdapter),
});
