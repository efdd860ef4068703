import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { measureScripts, overBudget } from './size-report';

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

/** Runs the config's build:done hook as WXT does, over `files`. */
function buildDone(files: Record<string, number>) {
  const outDir = output(files);
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
  it('build:done fails when the guide content script is over 13 kB', () => {
    expect(buildDone({ 'content-scripts/linkedin.js': 13.1 * 1024 })).toThrow(
      /linkedin\.js.*budget 13\.0 kB/,
    );
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
