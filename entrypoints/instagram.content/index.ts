import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '@/lib/capture/adapters/instagram';
import { buttonActions } from '@/lib/capture/button-actions';
import { runCapture } from '@/lib/capture/run-capture';

export default defineContentScript({
  matches: ['*://www.instagram.com/*', '*://instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runCapture(ctx, instagramAdapter, buttonActions()),
});
