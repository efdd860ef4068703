// AMO's linter on the Firefox build: no errors, and no warning but Preact's innerHTML path in the popup bundle.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const build = process.argv[2] ?? '.output/firefox-mv3';
const { stdout } = spawnSync(join('node_modules', '.bin', 'addons-linter'), ['--output', 'json', build], {
  encoding: 'utf8',
});
const report = JSON.parse(stdout);
const allowed = (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\/popup-/.test(m.file ?? '');
const problems = [...report.errors, ...report.warnings.filter((m) => !allowed(m))];
for (const [kind, list] of Object.entries({
  error: report.errors,
  warning: report.warnings,
  notice: report.notices,
})) {
  for (const m of list)
    console.log(
      `${allowed(m) ? 'allowed' : 'PROBLEM'} ${kind} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`,
    );
}
console.log(
  `addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${problems.length} not allowed)`,
);
process.exitCode = problems.length ? 1 : 0;
