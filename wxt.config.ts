import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, transformWithEsbuild } from 'vite';
import { defineConfig } from 'wxt';
import { guidedMatches } from './lib/gate/guided-path';
import { guidePropsPattern } from './scripts/guide-props';
import { classNamesIn, renameInCode, renameInCss, shortenCss, shortNames } from './scripts/overlay-classes';
import { measureScripts, overBudget, popupPageWarning, sizeReport } from './scripts/size-report';

// Both stores get Manifest V3: one code path, and Firefox ESR 128+ runs MV3 with event pages.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), minifiedOverlayCss()],
    // Terser packs the guide's content script some 0.6 kB (gzipped) tighter than esbuild: its 12 kB budget (issue #11).
    // Declarations hoisted and only simple functions inlined gzip 42 B smaller; no `unsafe_*` (README, "Budgets").
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, hoist_funs: true, inline: 1 } },
    },
  }),
  hooks: {
    // Content scripts and pages only call promise-native APIs that Chrome MV3 and Firefox both have: skip the
    // 3 kB polyfill there. The background keeps it: its onMessage listener answers by returning a promise.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((entry) => entry.type === 'background')) return;
      // The gate must stay under 1 kB and uses no context at all: lib/gate/bare-context.ts.
      const gate = entrypoints.length === 1 && entrypoints[0].name === 'linkedin-gate';
      const context = gate ? 'lib/gate/bare-context.ts' : 'lib/lean-context.ts';
      const alias = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        // WXT's context announces each content script to the page and carries a URL watcher: lib/lean-context.ts.
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(context) },
      ];
      const current = config.resolve?.alias ?? [];
      const list = Array.isArray(current)
        ? current
        : Object.entries(current).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [...alias, ...list.filter((a) => String(a.find) !== 'wxt/browser')],
      };
      // The guide's own property names, shortened in its bundle only (scripts/guide-props.ts): ~0.2 kB gzipped.
      const guide = entrypoints.length === 1 && entrypoints[0].name === 'linkedin';
      if (guide && config.build?.terserOptions) {
        config.build.terserOptions = {
          ...config.build.terserOptions,
          mangle: { properties: { builtins: true, regex: guidePropsPattern } },
        };
      }
    },
    // The guide's manifest entry: declared here, not in its entrypoint, whose options WXT would bundle with it.
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts = [
        { matches: guidedMatches, js: ['content-scripts/linkedin.js'], run_at: 'document_idle' },
        ...(manifest.content_scripts ?? []),
      ];
    },
    'build:done'(wxt, output) {
      const files = output.steps.flatMap((step) => step.chunks.map((chunk) => chunk.fileName));
      const lines = measureScripts(wxt.config.outDir, files);
      wxt.logger.info(`Script sizes (${wxt.config.browser}):\n${sizeReport(lines).join('\n')}`);
      const popupPage = popupPageWarning(wxt.config.outDir); // Throws when the whole popup page is over budget.
      if (popupPage) wxt.logger.info(popupPage);
      // Budgets fail the build instead of printing a warning nobody reads (issue #11).
      const error = overBudget(lines);
      // The e2e build (an open shadow root for axe, tests/e2e/callout.test.mjs) is never shipped: no budget.
      if (error && wxt.config.mode !== 'e2e') throw error;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background loads the guide when in-app navigation reaches a guided page (lib/background/inject.ts).
    permissions: ['storage', 'alarms', 'scripting'],
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

/**
 * Ships lib/guide/overlay-css.ts minified (its comments and layout stay in the source), and the callout's class names
 * shortened in its CSS and in overlay.ts alike (scripts/overlay-classes.ts): 0.3 kB less per guided page, 0.1 kB of
 * it the names. The e2e build keeps the names as written, since its tests select the callout's parts by class. Its
 * custom properties, `transparent` and its keyframes' name are shortened in every build (`shortenCss`, 30 B).
 */
function minifiedOverlayCss(): Plugin {
  let names = new Map<string, string>();
  return {
    name: 'minified-overlay-css',
    apply: 'build',
    configResolved(config) {
      const source = readFileSync(resolve('lib/guide/overlay-css.ts'), 'utf8');
      const declared = classNamesIn(source);
      names = config.mode === 'e2e' ? new Map(declared.map((name) => [name, name])) : shortNames(declared);
    },
    async transform(code, id) {
      if (id.endsWith('/lib/guide/overlay.ts')) return { code: renameInCode(code, names), map: null };
      if (!id.endsWith('/lib/guide/overlay-css.ts')) return null;
      const css = code.match(/export const overlayCss = `([^`$]*)`;/)?.[1];
      if (css === undefined) throw new Error('lib/guide/overlay-css.ts: expected one plain template literal');
      const { code: min } = await transformWithEsbuild(css, 'overlay.css', { loader: 'css', minify: true });
      const classes = JSON.stringify(Object.fromEntries(names));
      const shipped = JSON.stringify(shortenCss(renameInCss(min.trim(), names)));
      return {
        code: `export const classes = ${classes};\nexport const overlayCss = ${shipped};`,
        map: null,
      };
    },
  };
}
