import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { sizeReport } from './scripts/size-report';

// Both stores get Manifest V3: one code path, and Firefox ESR 128+ runs MV3 with event pages.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every LinkedIn page and only calls promise-native APIs (runtime.sendMessage,
    // i18n.getMessage) that Chrome MV3 and Firefox both have: skip the 3 kB polyfill there, keep it elsewhere.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        // WXT's context announces each content script to the page with the extension's id: lib/quiet-context.ts.
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('lib/quiet-context.ts') },
      ];
      const current = config.resolve?.alias ?? [];
      const list = Array.isArray(current)
        ? current
        : Object.entries(current).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [...alias, ...list.filter((a) => String(a.find) !== 'wxt/browser')],
      };
    },
    'build:done'(wxt, output) {
      const files = output.steps.flatMap((step) => step.chunks.map((chunk) => chunk.fileName));
      wxt.logger.info(
        `Script sizes (${wxt.config.browser}):\n${sizeReport(wxt.config.outDir, files).join('\n')}`,
      );
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://*.linkedin.com/*'],
    action: { default_title: '__MSG_extName__' },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'optout-guide@optout-guide.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // No gecko_android: Firefox for Android was never tried, and LinkedIn's mobile-web settings pages are
        // inferred, not seen (docs/store/amo-reviewer-notes.md); AMO lists the add-on for desktop Firefox only.
      },
    }),
  }),
  zip: {
    excludeSources: ['tests/**', '**/*.pem', '**/*.key', '.output/**', 'demo-screenshots/**'],
  },
});
