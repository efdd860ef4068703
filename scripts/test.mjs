// `npm test`: type check, lint, unit and component tests, then the real-browser tests when Chromium or Firefox ESR
// is installed (after a fresh build). Runs every step, prints what each did, exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const browsers = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];
const scratch = mkdtempSync(join(tmpdir(), 'optout-test-'));
const vitestReport = join(scratch, 'vitest.json');
const e2eReport = join(scratch, 'e2e.tap');
const benchReport = join(scratch, 'bench.tap');

/** Test counts from vitest's JSON report. */
function vitestCounts() {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
}

/** Test counts from node:test's TAP summary ("# pass N"); a skipped browser suite counts as skipped too. */
function tapCounts(report) {
  const tap = readFileSync(report, 'utf8');
  const count = (word) => Number(tap.match(new RegExp(`^# ${word} (\\d+)$`, 'm'))?.[1] ?? 0);
  const skipped = tap.split('\n').filter((line) => /^\s*ok \d+ .*# SKIP/.test(line)).length;
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped };
}

/** The tests whose answers depend on the calendar day, run again in UTC+14 and UTC-11. */
const datedTests = [
  'lib/policy',
  'lib/stored-values.test.ts',
  'components',
  'tests/unit/popup.test.tsx',
  'tests/unit/options.test.tsx',
  'tests/unit/record-migration.test.tsx',
  'tests/unit/storage-failures.test.tsx',
  'tests/unit/guide.test.ts',
];

const steps = [
  { name: 'typecheck', command: [bin('tsc'), '--noEmit'] },
  { name: 'lint', command: [bin('biome'), 'check', '.'] },
  {
    name: 'unit',
    command: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
    counts: vitestCounts,
  },
  // Calendar days east and west of UTC: the policy's start days, the popup's and options' dates, the receipt's name.
  ...['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((zone) => ({
    name: `unit-${zone.split('/')[1]}`,
    command: [bin('vitest'), 'run', ...datedTests],
    env: { TZ: zone },
  })),
  {
    // What the benchmark charges to the extension, on synthetic traces (bench/trace.test.mjs).
    name: 'bench-checks',
    command: [
      process.execPath,
      '--test',
      '--test-reporter=tap',
      `--test-reporter-destination=${benchReport}`,
      'bench/',
    ],
    counts: () => tapCounts(benchReport),
  },
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'amo-lint', command: [process.execPath, 'scripts/lint-firefox.mjs'], after: 'build' },
  {
    name: 'e2e',
    command: [
      process.execPath,
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${e2eReport}`,
      'tests/e2e/',
    ],
    counts: () => tapCounts(e2eReport),
    needsBrowser: true,
    after: 'build',
  },
];

const hasBrowser = browsers.some((path) => existsSync(path));
const results = [];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  if (step.needsBrowser && !hasBrowser) {
    results.push(`${step.name}: skipped`);
    continue;
  }
  if (step.after && results.includes(`${step.after}: failed`)) {
    results.push(`${step.name}: not run (${step.after} failed)`);
    total.failed++;
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const env = { ...process.env, ...step.env };
  const { status } = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = status === 0;
  results.push(`${step.name}: ${ok ? 'ok' : 'failed'}`);
  let counts = null;
  try {
    counts = step.counts?.() ?? null;
  } catch {
    counts = null; // the runner died before writing its report: counted as one failure below
  }
  if (counts) for (const key of Object.keys(total)) total[key] += counts[key];
  // A check (tsc, biome, build) is one test; a runner that failed without failing a test still counts as a failure.
  if (!counts) total[ok ? 'passed' : 'failed']++;
  else if (!ok && counts.failed === 0) total.failed++;
  console.log(`◀ ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds} s`);
}
rmSync(scratch, { recursive: true, force: true });

if (!hasBrowser) {
  console.log(
    '\nskipped: real-browser tests (install chromium / firefox-esr: apt-get install -y chromium firefox-esr)',
  );
} else {
  for (const path of browsers.filter((p) => !existsSync(p))) {
    console.log(`\nskipped: real-browser tests in ${path} (apt-get install -y ${path.split('/').pop()})`);
  }
}
console.log(`\n${results.join(' · ')}`);
console.log(`summary: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || results.some((r) => r.endsWith('failed')) ? 1 : 0;
