import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '../wxt.config';
import { measureScripts, overBudget } from './size-report';

// Only the config's build:done hook runs here, and it calls none of WXT, Vite or the Preact preset: stand-ins
// spare the test worker loading them (over a second on a busy 2-core machine). defineConfig is WXT's identity.
vi.mock('wxt', () => ({ defineConfig: <T>(config: T) => config }));
vi.mock('vite', () => ({ transformWithEsbuild: vi.fn() }));
vi.mock('@preact/preset-vite', () => ({ default: vi.fn(() => []) }));

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (name → bytes of incompressible content) into a fresh output folder. */
function output(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'size-report-'));
  for (const [name, size] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    // Random bytes do not compress: gzipped size ≈ raw size.
    writeFileSync(
      join(dir, name),
      Buffer.from(Array.from({ length: size }, () => (Math.random() * 256) | 0)),
    );
  }
  return dir;
}

/** Runs the config's build:done hook as WXT does, over `files` (and a popup.html loading `popupLoads`). */
function buildDone(files: Record<string, number>, popupLoads: readonly string[] = []) {
  const outDir = output(files);
  if (popupLoads.length) {
    const [entry, ...shared] = popupLoads;
    const preloads = shared.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
    writeFileSync(
      join(outDir, 'popup.html'),
      `<script type="module" crossorigin src="/${entry}"></script>${preloads.join('')}`,
    );
  }
  const chunks = Object.keys(files).map((fileName) => ({ fileName }));
  const wxt = { config: { outDir, browser: 'chrome' }, logger: { info: () => {} } };
  const hooks = config.hooks as Record<string, (wxt: unknown, output: unknown) => void>;
  const hook = hooks['build:done'];
  return () => hook(wxt, { steps: [{ chunks }] });
}

describe('the build', () => {
  it('build:done fails when the gate script is over 1 kB', () => {
    expect(buildDone({ 'content-scripts/linkedin-gate.js': 1300 })).toThrow(
      /linkedin-gate\.js.*budget 1\.0 kB/,
    );
  });
  it('build:done fails when the guide content script is over 12 kB', () => {
    expect(buildDone({ 'content-scripts/linkedin.js': 12 * 1024 + 10 })).toThrow(
      /linkedin\.js.*budget 12\.0 kB/,
    );
    expect(buildDone({ 'content-scripts/linkedin.js': 12 * 1024 - 100 })).not.toThrow(); // gzip adds a header
  });
  it('build:done fails when the popup or background is over budget', () => {
    expect(buildDone({ 'chunks/popup-abc123.js': 26 * 1024 })).toThrow(/popup/);
    expect(buildDone({ 'background.js': 11 * 1024 })).toThrow(/background/);
  });
  it('build:done passes when every script keeps its budget', () => {
    expect(
      buildDone({
        'content-scripts/linkedin-gate.js': 900,
        'content-scripts/linkedin.js': 11 * 1024,
        'chunks/popup-abc123.js': 24 * 1024,
        'background.js': 9 * 1024,
      }),
    ).not.toThrow();
  });
});

describe('the popup page', () => {
  // The popup's entry keeps its own budget, but what opening the popup costs is every script popup.html loads.
  const files = {
    'chunks/popup-abc.js': 4 * 1024,
    'chunks/theme-abc.js': 20 * 1024,
    'chunks/region-abc.js': 5 * 1024,
  };

  it('build:done fails when popup.html loads more than 25 kB with its shared chunks, each under budget', () => {
    expect(buildDone(files, ['chunks/popup-abc.js', 'chunks/theme-abc.js', 'chunks/region-abc.js'])).toThrow(
      /popup\.html loads 3 scripts, 29\.\d kB gzipped in all, budget 25\.0 kB/,
    );
  });
  it('build:done passes when the chunks popup.html loads on open stay under 25 kB (the rest loads on demand)', () => {
    expect(buildDone(files, ['chunks/popup-abc.js', 'chunks/theme-abc.js'])).not.toThrow();
  });
});

describe('measureScripts()', () => {
  it('measureScripts() reports gzipped sizes, not raw ones', () => {
    const outDir = output({});
    writeFileSync(join(outDir, 'background.js'), 'x'.repeat(50_000));
    const [line] = measureScripts(outDir, ['background.js', 'popup.html']);
    expect(line.raw).toBe(50_000);
    expect(line.gzipped).toBeLessThan(1000);
    expect(overBudget([line])).toBeNull();
  });
});
