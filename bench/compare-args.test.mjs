// node --test bench/compare-args.test.mjs: `npm run bench -- --compare` refusing builds it cannot load, before any browser.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const script = new URL('../scripts/bench.mjs', import.meta.url).pathname;

/** A folder holding `target` (chrome-mv3 or firefox-mv3) with a manifest, as a copy of `.output` does. */
function build(parent, name, target) {
  mkdirSync(join(parent, name, target), { recursive: true });
  writeFileSync(join(parent, name, target, 'manifest.json'), '{}');
  return join(parent, name);
}

test('--compare with a Firefox build stops, names it, and leaves nothing behind in the temp folder', (t) => {
  const fixtures = mkdtempSync(join(tmpdir(), 'compare-args-'));
  const scratch = mkdtempSync(join(tmpdir(), 'compare-tmp-'));
  t.after(() => {
    rmSync(fixtures, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  const chrome = build(fixtures, 'chrome build', 'chrome-mv3');
  const firefox = build(fixtures, 'firefox', 'firefox-mv3');
  const run = spawnSync(process.execPath, [script, '--compare', chrome, firefox, '--quick'], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: scratch },
    timeout: 30000,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /folders that each hold chrome-mv3 \(not: .*firefox\)/);
  // The yardstick extensions are written into the temp folder only for a run that goes ahead.
  assert.deepEqual(readdirSync(scratch), []);
});

test('--compare reads relative builds from where `npm run bench` was typed, not from the repository', (t) => {
  const fixtures = mkdtempSync(join(tmpdir(), 'compare-args-'));
  t.after(() => rmSync(fixtures, { recursive: true, force: true }));
  build(fixtures, 'before', 'chrome-mv3');
  build(fixtures, 'firefox', 'firefox-mv3');
  // npm runs the script in the repository's folder and names the folder it was typed in INIT_CWD.
  const run = spawnSync(process.execPath, [script, '--compare', 'before', 'firefox'], {
    encoding: 'utf8',
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, INIT_CWD: fixtures },
    timeout: 30000,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /\(not: firefox\)/);
});

test('--compare refuses a build whose path holds a comma, which Chromium would split in two', (t) => {
  const fixtures = mkdtempSync(join(tmpdir(), 'compare-args-'));
  t.after(() => rmSync(fixtures, { recursive: true, force: true }));
  const plain = build(fixtures, 'before', 'chrome-mv3');
  const comma = build(fixtures, 'after,1', 'chrome-mv3');
  const run = spawnSync(process.execPath, [script, '--compare', plain, comma], {
    encoding: 'utf8',
    timeout: 30000,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /comma.*after,1/);
});

test('--compare refuses an odd --rounds= before starting anything', (t) => {
  const fixtures = mkdtempSync(join(tmpdir(), 'compare-args-'));
  const scratch = mkdtempSync(join(tmpdir(), 'compare-tmp-'));
  t.after(() => {
    rmSync(fixtures, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });
  const a = build(fixtures, 'a', 'chrome-mv3');
  const b = build(fixtures, 'b', 'chrome-mv3');
  const run = spawnSync(process.execPath, [script, '--compare', a, b, '--rounds=5'], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: scratch },
    timeout: 30000,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /--rounds=5 must be an even number of rounds/);
  assert.deepEqual(readdirSync(scratch), []);
});
