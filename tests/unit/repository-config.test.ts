// The files hosted CI and dependency updates read: they must parse, call .ci/run, and agree on Node and pins.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(path, 'utf8');
const pkg = JSON.parse(read('package.json'));
const nvmrc = read('.nvmrc').trim();

type Step = { run?: string; uses?: string };
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { container?: { image: string }; steps: Step[] }>;
};

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(read('.github/workflows/ci.yml')) as Workflow;
  const jobs = Object.values(workflow.jobs);

  test('runs on every push and pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  test('every job checks out the code and runs .ci/run, the same script as local CI', () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(true);
      expect(job.steps.some((step) => /(^|\s)(bash )?\.ci\/run(\s|$)/.test(step.run ?? ''))).toBe(true);
    }
  });

  // .ci/run installs Chromium and Firefox ESR with apt-get: the image must be Debian with .nvmrc's Node.
  test('runs in a Debian image with the Node major that .nvmrc names', () => {
    for (const job of jobs) {
      expect(job.container?.image).toMatch(new RegExp(`^node:${nvmrc}(\\.[\\d.]+)?-(bookworm|trixie)$`));
    }
  });
});

describe('Node version', () => {
  test('.nvmrc names a major version that engines accepts', () => {
    expect(nvmrc).toMatch(/^\d+$/);
    const majors = [...String(pkg.engines.node).matchAll(/(\^|>=)(\d+)\./g)];
    expect(
      majors.some(([, op, major]) => (op === '^' ? major === nvmrc : Number(nvmrc) >= Number(major))),
    ).toBe(true);
  });
});

describe('renovate.json', () => {
  const renovate = JSON.parse(read('renovate.json'));
  const rules: { matchPackageNames?: string[]; rangeStrategy?: string; automerge?: boolean }[] =
    renovate.packageRules;

  test('updates come weekly and keep exact pins', () => {
    expect(renovate.schedule).toEqual([
      expect.stringMatching(/on (monday|tuesday|wednesday|thursday|friday)/),
    ]);
    expect(renovate.rangeStrategy).toBe('pin');
  });

  test('WXT stays pinned and is never merged unseen', () => {
    const wxt = rules.find((rule) => rule.matchPackageNames?.includes('wxt'));
    expect(wxt).toMatchObject({ rangeStrategy: 'pin', automerge: false });
  });

  test('only versions that run on the Node of .nvmrc are proposed', () => {
    expect(renovate.constraintsFiltering).toBe('strict');
    expect(renovate.constraints.node).toMatch(new RegExp(`^\\^${nvmrc}\\.`));
  });

  test('every dependency in package.json is an exact version, as Renovate keeps it', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.overrides };
    const loose = Object.entries(all).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(String(version)));
    expect(loose).toEqual([]);
  });
});
