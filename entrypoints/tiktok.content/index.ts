import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '@/lib/capture/adapters/tiktok';
import { buttonActions } from '@/lib/capture/button-actions';
import { runCapture } from '@/lib/capture/run-capture';

export default defineContentScript({
  matches: ['*://www.tiktok.com/*', '*://tiktok.com/*', '*://m.tiktok.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runCapture(ctx, tiktokAdapter, buttonActions()),
});
