import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '@/lib/in-page/adapters/tiktok';
import { runCapture } from '@/lib/in-page/run-capture';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  // WXT's start-up postMessage would tell every page script our extension id; our lifetime is our own (lib/in-page/lifetime.ts).
  noScriptStartedPostMessage: true,
  main: () => runCapture(tiktokAdapter),
});
