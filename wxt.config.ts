import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The Sume API origin every build may reach without asking (see lib/api/endpoints.ts). */
const SUME_HOST_PERMISSION = 'https://www.sume.so/*';
/** Platforms the content scripts run on. */
const PLATFORM_HOST_PERMISSIONS = ['*://*.tiktok.com/*', '*://*.instagram.com/*'];
/**
 * The local sandbox (tests/sandbox) listens on loopback. Loopback host permissions match any
 * port; they only ship in development and e2e builds, never in a store build.
 */
const SANDBOX_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any other API origin the user configures is requested at runtime from the options page. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

export const GECKO_ID = 'capture@sume.so';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // Firefox ships as MV2: a persistent-capable background *page* (DOM, streams, IndexedDB blobs for
  // uploads), host permissions granted at install like Chrome, and the recipe verified here.
  manifest: ({ browser, manifestVersion, mode }) => {
    const withSandbox = mode !== 'production';
    const hosts = [
      ...PLATFORM_HOST_PERMISSIONS,
      SUME_HOST_PERMISSION,
      ...(withSandbox ? SANDBOX_HOST_PERMISSIONS : []),
    ];
    return {
      name: 'Sume Capture',
      description:
        'Send TikTok videos and Instagram Reels to Sume Reference Analysis in one click.',
      permissions: [
        'storage',
        'alarms',
        'notifications',
        'contextMenus',
        // Screenshots and frames of the page the user acts on (popup, menu, shortcut), no broad host access.
        'activeTab',
        'scripting',
        // Chrome's worker cannot show upload progress or outlive a long upload; an offscreen page does.
        ...(browser === 'firefox' ? [] : ['offscreen']),
      ],
      host_permissions: hosts,
      ...(manifestVersion === 3
        ? { optional_host_permissions: OPTIONAL_ORIGINS }
        : { optional_permissions: OPTIONAL_ORIGINS }),
      action: { default_title: 'Sume Capture' },
      commands: {
        'analyze-active-video': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Analyze the video you are watching with Sume',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
