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
  plugins: [WxtVitest(), preact()],
  test: {
    globals: true,
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
    // One DOM and one module graph per worker instead of per file: set-up, not tests, was most of the run time.
    // Every test file cleans up after itself (setup.ts resets the fake browser, components call cleanup).
    pool: 'threads',
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: nodeTests, exclude: domTests },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: domTests },
      },
    ],
  },
});
