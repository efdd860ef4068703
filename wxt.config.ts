import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Both stores get Manifest V3: one code path, and Firefox ESR 128+ runs MV3 with event pages.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://*.linkedin.com/*'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'optout-guide@optout-guide.org',
        strict_min_version: '128.0',
        // @ts-expect-error -- newer AMO key, not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  zip: {
    excludeSources: ['tests/**', '**/*.pem', '**/*.key', '.output/**', 'demo-screenshots/**'],
  },
});
