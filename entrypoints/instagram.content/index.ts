import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '@/lib/in-page/adapters/instagram';
import { runCapture } from '@/lib/in-page/run-capture';
import { INSTAGRAM_PLATFORM } from '@/lib/platforms/instagram';
import { pageMatchPattern } from '@/lib/platforms/platform';

export default defineContentScript({
  matches: [pageMatchPattern(INSTAGRAM_PLATFORM)],
  runAt: 'document_idle',
  // WXT's start-up postMessage would tell every page script our extension id; our lifetime is our own (lib/in-page/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => runCapture(instagramAdapter),
});
