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

/** A temp folder removed when `t` ends. */
function tempFolder(t, prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * `npm run bench` with `args`, which must refuse them: exit 2, and nothing written into its own temp folder (the
 * yardstick extensions are written there only for a run that goes ahead). Returns what it printed on stderr.
 */
function refused(t, args, options = {}) {
  const scratch = tempFolder(t, 'compare-tmp-');
  const run = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    timeout: 30000,
    ...options,
    env: { ...process.env, TMPDIR: scratch, ...options.env },
  });
  assert.equal(run.status, 2, run.stderr);
  assert.deepEqual(readdirSync(scratch), []);
  return run.stderr;
}

test('--compare with a Firefox build stops, names it, and leaves nothing behind in the temp folder', (t) => {
  const fixtures = tempFolder(t, 'compare-args-');
  const chrome = build(fixtures, 'chrome build', 'chrome-mv3');
  const firefox = build(fixtures, 'firefox', 'firefox-mv3');
  const stderr = refused(t, ['--compare', chrome, firefox, '--quick']);
  assert.match(stderr, /folders that each hold chrome-mv3 \(not: .*firefox\)/);
});

test('--compare reads relative builds from where `npm run bench` was typed, not from the repository', (t) => {
  const fixtures = tempFolder(t, 'compare-args-');
  build(fixtures, 'before', 'chrome-mv3');
  build(fixtures, 'firefox', 'firefox-mv3');
  // npm runs the script in the repository's folder and names the folder it was typed in INIT_CWD.
  const stderr = refused(t, ['--compare', 'before', 'firefox'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { INIT_CWD: fixtures },
  });
  assert.match(stderr, /\(not: firefox\)/);
});

test('--compare refuses a build whose path holds a comma, which Chromium would split in two', (t) => {
  const fixtures = tempFolder(t, 'compare-args-');
  const plain = build(fixtures, 'before', 'chrome-mv3');
  const comma = build(fixtures, 'after,1', 'chrome-mv3');
  assert.match(refused(t, ['--compare', plain, comma]), /comma.*after,1/);
});

test('--compare refuses an odd --rounds= before starting anything', (t) => {
  const fixtures = tempFolder(t, 'compare-args-');
  const a = build(fixtures, 'a', 'chrome-mv3');
  const b = build(fixtures, 'b', 'chrome-mv3');
  assert.match(refused(t, ['--compare', a, b, '--rounds=5']), /--rounds=5 must be an even number of rounds/);
});
