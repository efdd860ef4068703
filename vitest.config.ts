import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Tests that need a DOM (fixtures, components, the guide, entrypoints): happy-dom. Everything else runs in node. */
const domTests = [
  'tests/unit/**/*.test.{ts,tsx}',
  'components/**/*.test.tsx',
  'lib/finder/**/*.test.ts',
  'lib/guide/**/*.test.ts',
  'lib/region.test.ts', // navigator (Node 20 has none)
  'lib/**/*.dom.test.ts',
];
const nodeTests = ['lib/**/*.test.ts', 'scripts/**/*.test.ts'];

// Two projects: a DOM environment costs each file its set-up, and most pure modules never touch one (issue #11).
export default defineConfig({
  // No devtools hook names and no hot reload in tests: both only cost each component a Babel pass.
  plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false })],
  resolve: {
    // WXT's browser mock imports fakeBrowser from 'wxt/testing', whose index also exports the Vitest plugin: all of
    // WXT's build code, transformed and loaded in every worker. The same fakeBrowser, from its own module:
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    globals: true,
    restoreMocks: true,
    // One DOM and one module graph per worker instead of per file: set-up, not tests, was most of the run time.
    // Every test file cleans up after itself (setup.ts resets the fake browser, components call cleanup).
    pool: 'threads',
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeTests,
          exclude: domTests,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: domTests,
          setupFiles: ['tests/unit/setup.ts', 'tests/unit/setup-dom.ts'],
        },
      },
    ],
  },
});
