// npm run bench: what the extension costs LinkedIn's pages, measured in real browsers against the replica.
// Prints a table and writes bench/results.json; README "Performance" explains the method.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { breakdownLines, meanBreakdown } from '../bench/breakdown.mjs';
import { benchChromium, breakdownChromium, compareChromium } from '../bench/chromium.mjs';
import { compareLines, comparePlan, roundsOption } from '../bench/compare.mjs';
import { benchFirefox } from '../bench/firefox.mjs';
import { startBenchServer } from '../bench/server.mjs';
import { summary } from '../bench/stats.mjs';
import { pageRunsMicrotasks } from '../bench/trace.mjs';
import { writeYardsticks } from '../bench/yardsticks.mjs';
import { extensionDir, root } from '../tests/e2e/paths.mjs';

const quick = process.argv.includes('--quick');
// --breakdown: only the setting page, traced with V8's sampling profiler, and where its CPU goes; writes nothing.
const breakdownOnly = process.argv.includes('--breakdown');
const loads = quick ? 3 : 9;
const insertions = quick ? 10 : 30;
const heapSeconds = quick ? 10 : 60;
const log = (line) => console.error(`[bench] ${line}`);
// --compare A B …: the setting page in each build (a folder holding chrome-mv3, e.g. a copy of .output), alternating.
const compareAt = process.argv.indexOf('--compare');
const builds = compareAt < 0 ? [] : process.argv.slice(compareAt + 1).filter((arg) => !arg.startsWith('--'));
// npm runs this in the repository's folder: a relative build is read from where the command was typed (INIT_CWD).
const buildDirs = builds.map((build) => resolve(process.env.INIT_CWD ?? '.', build));

/** Gzipped bytes of each script in the Chrome build. */
function sizes() {
  const dir = extensionDir('chrome');
  const files = [
    'background.js',
    ...readdirSync(join(dir, 'content-scripts')).map((f) => `content-scripts/${f}`),
    ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`),
  ].filter((f) => f.endsWith('.js'));
  const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  // The popup page loads its entry and the chunks it shares with the options and welcome pages.
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const popupFiles = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return {
    ...Object.fromEntries(files.map((f) => [f.replace(/-[\w-]{8}\.js$/, '.js'), gz(f)])),
    'popup.html, every script it loads': popupFiles.reduce((sum, f) => sum + gz(f), 0),
  };
}

const version = (binary) => {
  try {
    return execFileSync(binary, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
};

// Refused before the server and the yardsticks start: exiting here leaves nothing behind.
let rounds;
if (compareAt >= 0) {
  try {
    rounds = roundsOption(process.argv);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const missing = builds.filter((_, i) => !existsSync(join(buildDirs[i], 'chrome-mv3/manifest.json')));
  if (builds.length < 2 || missing.length) {
    console.error(
      `npm run bench -- --compare needs two builds or more: folders that each hold chrome-mv3${missing.length ? ` (not: ${missing.join(', ')})` : ''}`,
    );
    process.exit(2);
  }
  // Chromium's --load-extension takes a comma-separated list: such a path would load as two missing folders.
  const comma = builds.filter((_, i) => buildDirs[i].includes(','));
  if (comma.length) {
    console.error(
      `npm run bench -- --compare cannot load a build whose path holds a comma: ${comma.join(' ')}`,
    );
    process.exit(2);
  }
}
const server = await startBenchServer();
const yardsticks = writeYardsticks();
if (compareAt >= 0) {
  try {
    const runs = await compareChromium({
      port: server.port,
      yardsticks,
      builds: buildDirs,
      ...comparePlan(quick, rounds),
      log,
    });
    console.log(compareLines(builds, runs).join('\n'));
  } finally {
    yardsticks.dispose();
    await server.close();
  }
  process.exit(0);
}
if (breakdownOnly) {
  try {
    const code = readFileSync(join(extensionDir('chrome'), 'content-scripts/linkedin.js'), 'utf8');
    const runs = await breakdownChromium({ port: server.port, yardsticks, loads, code, log });
    const ours = summary(runs.map((r) => r.scriptCpu.ours));
    const empty = summary(runs.map((r) => r.scriptCpu.empty));
    console.log(
      `Setting page load, ${loads} loads with the profiler on: ours ${ours.median} / ${ours.p90} ms (median / p90), empty script ${empty.median} / ${empty.p90} ms`,
    );
    console.log(breakdownLines(meanBreakdown(runs.map((r) => r.breakdown))).join('\n'));
    console.log(
      `\n${cpus().length} CPUs, load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    yardsticks.dispose();
    await server.close();
  }
  process.exit(0);
}
const loadBefore = loadavg();
let chromium;
let firefox;
try {
  chromium = await benchChromium({ port: server.port, yardsticks, loads, insertions, heapSeconds, log });
  firefox = await benchFirefox({ port: server.port, yardsticks, insertions, log });
} finally {
  yardsticks.dispose();
  await server.close();
}

const pick = (list, f) => list.map(f).filter((x) => x !== null && x !== undefined);
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    load: { before: loadBefore, after: loadavg() },
    chromium: version('/usr/bin/chromium'),
    firefox: version('/usr/bin/firefox-esr'),
  },
  runs: { loads, insertions, heapSeconds },
  feed: {
    oursMs: summary(pick(chromium.feed, (r) => r.scriptCpu.ours)),
    emptyMs: summary(pick(chromium.feed, (r) => r.scriptCpu.empty)),
    pollerMs: summary(pick(chromium.feed, (r) => r.scriptCpu.poller)),
  },
  setting: {
    oursMs: summary(pick(chromium.setting, (r) => r.scriptCpu.ours)),
    emptyMs: summary(pick(chromium.setting, (r) => r.scriptCpu.empty)),
    // Part of oursMs: the guide's start in promise reactions, which carry no script URL (bench/trace.mjs).
    microtasksMs: summary(pick(chromium.setting, (r) => r.scriptCpu.microtasks)),
    // The rest of oursMs: the script's evaluation (up to asking the background) and its callbacks (observers, frames).
    evaluationMs: summary(pick(chromium.setting, (r) => r.scriptCpu.evaluation)),
    callbacksMs: summary(pick(chromium.setting, (r) => r.scriptCpu.callbacks)),
    twinMicrotasksMs: summary(pick(chromium.twin, (r) => r.scriptCpu.microtasks)),
    // A member's first visit in a new tab: the renderer compiles the guide's functions as they are first called.
    coldOursMs: summary(pick(chromium.settingCold, (r) => r.scriptCpu.ours)),
    coldEmptyMs: summary(pick(chromium.settingCold, (r) => r.scriptCpu.empty)),
    first2s: {
      frames: summary(pick(chromium.setting, (r) => r.first.frames)),
      mainThreadFrames: summary(pick(chromium.setting, (r) => r.first.mainFrames)),
      renderingMs: summary(pick(chromium.setting, (r) => r.first.renderingMs)),
      twinFrames: summary(pick(chromium.twin, (r) => r.first.frames)),
      twinMainThreadFrames: summary(pick(chromium.twin, (r) => r.first.mainFrames)),
      twinRenderingMs: summary(pick(chromium.twin, (r) => r.first.renderingMs)),
    },
    after2s: {
      frames: summary(pick(chromium.setting, (r) => r.after.frames)),
      twinFrames: summary(pick(chromium.twin, (r) => r.after.frames)),
      renderingMs: summary(pick(chromium.setting, (r) => r.after.renderingMs)),
      twinRenderingMs: summary(pick(chromium.twin, (r) => r.after.renderingMs)),
    },
  },
  switchToMark: {
    chromium: {
      ours: summary(pick(chromium.inserted, (r) => r.ours)),
      poller: summary(pick(chromium.inserted, (r) => r.poller)),
    },
    firefox: { ours: summary(pick(firefox, (r) => r.ours)), poller: summary(pick(firefox, (r) => r.poller)) },
  },
  popup: {
    fcpMs: summary(pick(chromium.popup, (r) => r.fcp)),
    lcpMs: summary(pick(chromium.popup, (r) => r.lcp)),
  },
  gzippedBytes: sizes(),
  bigPage: {
    nodes: chromium.big[0]?.nodes,
    markAfterReadyMs: summary(pick(chromium.big, (r) => r.fromReady)),
    markAfterStartMs: summary(pick(chromium.big, (r) => r.fromStart)),
    normalMarkAfterReadyMs: summary(pick(chromium.small, (r) => r.fromReady)),
  },
  heap: chromium.heap,
  raw: { chromium, firefox },
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const row = (what, value, goal = '') => [what, value, goal];
const s = results;
const ratio = (a, b) => (b.median && a.median ? `${(a.median / b.median).toFixed(0)}×` : '—');
const rows = [
  row(
    'Feed load: our scripts, main-thread CPU (median / p90 ms)',
    `${f(s.feed.oursMs.median)} / ${f(s.feed.oursMs.p90)}`,
    `≤ 0.5 and ≤ floor + 0.4`,
  ),
  row('  empty content script, the floor', `${f(s.feed.emptyMs.median)} / ${f(s.feed.emptyMs.p90)}`),
  row('  PSST-style poller', `${f(s.feed.pollerMs.median)} / ${f(s.feed.pollerMs.p90)}`),
  row(
    'Setting page load: our scripts, their microtasks included (median / p90 ms)',
    `${f(s.setting.oursMs.median)} / ${f(s.setting.oursMs.p90)}`,
    '≤ 5',
  ),
  row(
    '  of which in microtasks after the background answers (median / p90 ms)',
    `${f(s.setting.microtasksMs.median)} / ${f(s.setting.microtasksMs.p90)}`,
    `twin ${f(s.setting.twinMicrotasksMs.median)}`,
  ),
  row(
    '  the rest: evaluation / callbacks (median ms)',
    `${f(s.setting.evaluationMs.median)} / ${f(s.setting.callbacksMs.median)}`,
  ),
  row(
    '  first load in a new tab (median / p90 ms)',
    `${f(s.setting.coldOursMs.median)} / ${f(s.setting.coldOursMs.p90)}`,
    `floor ${f(s.setting.coldEmptyMs.median)}`,
  ),
  row(
    '  first 2 s: frames, ours / unguided twin (median)',
    `${s.setting.first2s.frames.median} / ${s.setting.first2s.twinFrames.median}`,
  ),
  row(
    '  first 2 s: main-thread frames, ours / twin (median)',
    `${s.setting.first2s.mainThreadFrames.median} / ${s.setting.first2s.twinMainThreadFrames.median}`,
  ),
  row(
    '  first 2 s: rendering CPU, ours / twin (median ms)',
    `${f(s.setting.first2s.renderingMs.median)} / ${f(s.setting.first2s.twinRenderingMs.median)}`,
  ),
  row(
    '  2–4 s: frames, ours / twin (median)',
    `${s.setting.after2s.frames.median} / ${s.setting.after2s.twinFrames.median}`,
    'no more than the twin',
  ),
  row(
    'Switch → mark, Chromium: ours (median / p95 ms)',
    `${f(s.switchToMark.chromium.ours.median)} / ${f(s.switchToMark.chromium.ours.p95)}`,
    'p95 ≤ 16.7',
  ),
  row(
    '  PSST-style poller',
    `${f(s.switchToMark.chromium.poller.median)} / ${f(s.switchToMark.chromium.poller.p95)}`,
    ratio(s.switchToMark.chromium.poller, s.switchToMark.chromium.ours),
  ),
  row(
    'Switch → mark, Firefox: ours (median / p95 ms)',
    `${f(s.switchToMark.firefox.ours.median)} / ${f(s.switchToMark.firefox.ours.p95)}`,
    'p95 ≤ 33',
  ),
  row(
    '  PSST-style poller',
    `${f(s.switchToMark.firefox.poller.median)} / ${f(s.switchToMark.firefox.poller.p95)}`,
    ratio(s.switchToMark.firefox.poller, s.switchToMark.firefox.ours),
  ),
  row(
    'Popup open → first / largest contentful paint (median ms)',
    `${f(s.popup.fcpMs.median)} / ${f(s.popup.lcpMs.median)}`,
  ),
  ...Object.entries(s.gzippedBytes).map(([file, bytes]) =>
    row(`  ${file}, gzipped`, `${(bytes / 1024).toFixed(1)} kB`),
  ),
  row(
    `${s.bigPage.nodes}-node settings page: mark after DOMContentLoaded (median / p90 ms)`,
    `${f(s.bigPage.markAfterReadyMs.median)} / ${f(s.bigPage.markAfterReadyMs.p90)}`,
    `normal page ${f(s.bigPage.normalMarkAfterReadyMs.median)}`,
  ),
  ...s.heap.map((h, i) =>
    row(
      `JS heap after ${heapSeconds} s of mutations, ${i ? 'unguided twin' : 'guided page'} (MB, after GC)`,
      `${h.afterMb.toFixed(2)} (was ${h.beforeMb.toFixed(2)})`,
    ),
  ),
];
const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
console.log(rows.map((r) => r.map((cell, c) => cell.padEnd(width[c])).join('  ')).join('\n'));
// The setting page's figure counts loose microtasks as ours; only true while the page itself runs none.
if (pageRunsMicrotasks(chromium.twin)) {
  console.log(
    '\nThe unguided twin runs microtasks of its own: the setting page figure counts them as ours (wrong).',
  );
  process.exitCode = 1;
}
console.log(
  `\n${s.machine.cpus} CPUs, load ${s.machine.load.before.map((x) => x.toFixed(1)).join(' ')} → ${s.machine.load.after.map((x) => x.toFixed(1)).join(' ')}; ${s.machine.chromium}; ${s.machine.firefox}. Written: bench/results.json`,
);
