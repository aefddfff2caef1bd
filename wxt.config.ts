import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { pageMatchPatterns } from './lib/platforms/registry';
import { toMessagesJson } from './lib/i18n/messages-json';
import { LOCALES, SOURCE_LOCALE } from './locales';

/**
 * zod runs jitless here (lib/zod-jitless.ts), so the code paths where it builds functions with the
 * `Function` constructor are dead. Take the constructor out of them, so no bundle of ours contains
 * eval in any form and a strict CSP holds. Delete when zod ships a build without its JIT.
 */
function zodWithoutFunctionConstructor(): Plugin {
  const functionConstructor = 'const F = Function;';
  return {
    name: 'sume:zod-without-function-constructor',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !code.includes(functionConstructor)) return undefined;
      return { code: code.replaceAll(functionConstructor, 'const F = undefined;'), map: null };
    },
  };
}

/** The Sume API origin every build may reach without asking (see lib/api/endpoints.ts). */
const SUME_HOST_PERMISSION = 'https://www.sume.so/*';
/** Exactly the pages the content scripts run on: https only (a network attacker owns plain http), no other subdomain. */
const PLATFORM_HOST_PERMISSIONS = pageMatchPatterns();
/**
 * The confirmation frame (entrypoints/confirm) is the one page a web page may load, on those hosts
 * only, and in Chrome only through the per-session dynamic URL. It acts only on a one-time token the
 * background issued to that tab (lib/background/register-confirmations.ts).
 */
const FRAMEABLE_PAGES = ['confirm.html'];
/**
 * The local sandbox (tests/sandbox) listens on loopback. Loopback host permissions match any
 * port; they only ship in development and e2e builds, never in a store build.
 */
const SANDBOX_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Any other API origin the user configures is requested at runtime from the options page. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

/** `_locales/<language>/messages.json` for every language in `locales/`, written into the build. */
function localeFiles(): { relativeDest: string; contents: string }[] {
  const source = LOCALES[SOURCE_LOCALE];
  return Object.entries(LOCALES).map(([locale, catalog]) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: JSON.stringify(toMessagesJson(catalog, source)),
  }));
}

/**
 * Content scripts get the browser's own `browser`/`chrome` object for `wxt/browser`, not
 * webextension-polyfill (about 2.8 KB gzip in every TikTok and Instagram tab). They only use calls
 * both browsers answer the same way natively: `runtime.id`, `runtime.getURL`, `i18n.getMessage`,
 * and WXT's ContentScriptContext (`runtime.id`); messages go through @webext-core/messaging, which
 * uses `chrome.*` itself. Extension pages and the background keep the polyfill the design names.
 */
function useNativeBrowserApi(config: InlineConfig): void {
  const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const alias = config.resolve?.alias ?? [];
  const entries = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = { ...config.resolve, alias: [native, ...entries] };
}

export const GECKO_ID = 'capture@sume.so';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) useNativeBrowserApi(config);
    },
  },
  vite: () => ({ plugins: [zodWithoutFunctionConstructor(), preact()] }),
  // Firefox ships as MV2: a persistent-capable background *page* (DOM, streams, IndexedDB blobs for
  // uploads), host permissions granted at install like Chrome, and the recipe verified here.
  manifest: ({ browser, manifestVersion, mode }) => {
    const withSandbox = mode !== 'production';
    const hosts = [...PLATFORM_HOST_PERMISSIONS, SUME_HOST_PERMISSION, ...(withSandbox ? SANDBOX_HOST_PERMISSIONS : [])];
    return {
      // From locales/: English, Spanish, Brazilian Portuguese, French, German, Japanese.
      name: '__MSG_manifest_name__',
      description: '__MSG_manifest_description__',
      default_locale: SOURCE_LOCALE,
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
        // Results (one can be megabytes) and upload bytes live in IndexedDB; without this an
        // extension's storage.local stops at 10 MB and its IndexedDB shares a quota the browser may
        // trim. Neither browser shows a warning for it. A full disk is still said, with a way out.
        'unlimitedStorage',
      ],
      host_permissions: hosts,
      ...(manifestVersion === 3
        ? {
            optional_host_permissions: OPTIONAL_ORIGINS,
            web_accessible_resources: [{ resources: FRAMEABLE_PAGES, matches: PLATFORM_HOST_PERMISSIONS, use_dynamic_url: true }],
          }
        : { optional_permissions: OPTIONAL_ORIGINS, web_accessible_resources: FRAMEABLE_PAGES }),
      action: { default_title: 'Sume Capture' },
      // `sume <words>` in the address bar searches the Asset Library (lib/background/omnibox.ts).
      omnibox: { keyword: 'sume' },
      commands: {
        'analyze-active-video': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_manifest_analyzeCommand__',
        },
        // No key by default (Chrome allows an extension four, and the browsers' own take many): people set one.
        'open-side-panel': { description: '__MSG_manifest_openSidePanelCommand__' },
        'select-videos': { description: '__MSG_manifest_selectVideosCommand__' },
        'save-moment': { description: '__MSG_moments_command__' },
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
