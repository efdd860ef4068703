// Where our main-thread CPU on a page load goes, from the trace's V8 CPU-profile samples (`npm run bench -- --breakdown`).
// Each sample stands for the time until the next one, scaled to thread CPU by its task's thread/wall ratio; it goes
// to the trace event it falls in (compile, style, layout, GC) or else to its innermost call frame.
import { owners, urlOf } from './trace.mjs';

/** The trace category that adds V8's sampled call stacks (about one sample per 0.2 ms). */
export const profilerCategory = 'disabled-by-default-v8.cpu_profiler';

const kindOf = (name) =>
  /compile|produceCache|ParseScript|PreParse/i.test(name)
    ? 'compile/parse'
    : /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/.test(name)
      ? 'style recalc'
      : name === 'Layout'
        ? 'layout'
        : /GC|Scavenge|Sweep|Mark-?Compact/.test(name)
          ? 'garbage collection'
          : null;

/** The samples of the profile that V8 took of `tid`'s thread, with their stacks (innermost frame first). */
function samplesOf(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map();
  const out = [];
  let ts = profile.args.data.startTime;
  for (const chunk of events.filter(
    (e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id,
  )) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      ts += timeDeltas[i] ?? 0;
      out.push({ ts, id });
    });
  }
  out.sort((a, b) => a.ts - b.ts);
  const stackOf = (id) => {
    const frames = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent)) frames.push(node.callFrame);
    return frames;
  };
  return out.map((s, i) => ({ ts: s.ts, wall: (out[i + 1]?.ts ?? s.ts) - s.ts, stack: stackOf(s.id) }));
}

/** A readable name for a call frame: the function, and where it starts in the minified bundle. */
function frameName(frame, code) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const at = frame.columnNumber ?? 0;
  const snippet = code ? ` ${code.slice(at, at + 40).replace(/\s+/g, ' ')}` : '';
  return `${name}@${at}${snippet}`;
}

/**
 * One load's breakdown of the script owner's main-thread CPU (ms): by kind (compile, evaluate, callbacks, style,
 * layout, GC, native calls) and by innermost function, plus what the URL attribution of trace.mjs misses: samples
 * running our code inside microtask checkpoints (promise reactions, e.g. after an extension message's answer).
 * `code`: the bundle's source, to show each function's first characters.
 */
export function breakdown(events, { owner = owners.ours, code = '' } = {}) {
  const floor = events.find((e) => e.name === 'EvaluateScript' && owners.empty(urlOf(e)));
  if (!floor) throw new Error('trace: the empty content script never ran');
  const main = events
    .filter((e) => e.pid === floor.pid && e.tid === floor.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const samples = samplesOf(events, floor.pid, floor.tid);
  if (!samples.length) throw new Error(`trace: no CPU profile (add ${profilerCategory})`);
  const tasks = main.filter((e) => e.name === 'RunTask');
  // A sample stands for the time to the next one, but no longer than its task: the thread may idle after it.
  const cpuMs = ({ ts, wall }) => {
    const task = tasks.find((t) => ts >= t.ts && ts < t.ts + t.dur);
    if (!task) return wall / 1000;
    const ratio = task.tdur && task.dur ? Math.min(1, task.tdur / task.dur) : 1;
    return (Math.min(wall, task.ts + task.dur - ts) * ratio) / 1000;
  };
  const inside = (ts, e) => ts >= e.ts && ts < e.ts + (e.dur ?? 0);
  const ours = (frame) => Boolean(frame.url) && owner(frame.url);
  const byKind = {};
  const byFunction = {};
  let attributed = 0;
  let microtasks = 0;
  for (const sample of samples) {
    const enclosing = main.filter((e) => inside(sample.ts, e));
    const byUrl = enclosing.some((e) => owner(urlOf(e)));
    const inMicrotasks =
      !byUrl && enclosing.some((e) => e.name === 'RunMicrotasks') && sample.stack.some(ours);
    if (!byUrl && !inMicrotasks) continue;
    const ms = cpuMs(sample);
    if (byUrl) attributed += ms;
    else microtasks += ms;
    const nested = enclosing.map((e) => kindOf(e.name)).findLast(Boolean);
    const [leaf] = sample.stack;
    const event = enclosing.find((e) => owner(urlOf(e)));
    // A callback is named by its function: which observer, frame or timer of ours it was.
    const fn = event?.args?.data?.functionName;
    const top = event
      ? `${event.name}${event.name === 'FunctionCall' ? ` ${fn || '(anonymous)'}@${event.args.data.columnNumber}` : ''}`
      : 'RunMicrotasks';
    const kind =
      nested ??
      (leaf.functionName === '(garbage collector)'
        ? 'garbage collection'
        : leaf.functionName === '(program)' || leaf.functionName === '(root)'
          ? `${top}: V8/Blink outside JS`
          : ours(leaf)
            ? `${top}: our JS`
            : `${top}: native call ${leaf.functionName || '?'}`);
    byKind[kind] = (byKind[kind] ?? 0) + ms;
    const frame = sample.stack.find(ours);
    if (frame && !nested) {
      const name = frameName(frame, code);
      byFunction[name] = (byFunction[name] ?? 0) + ms;
    }
  }
  return { attributed, microtasks, byKind, byFunction };
}

/** Sums the loads' breakdowns and divides by their number: ms per load. */
export function meanBreakdown(list) {
  const n = list.length || 1;
  const add = (into, from) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v / n;
    return into;
  };
  return {
    attributed: list.reduce((s, b) => s + b.attributed, 0) / n,
    microtasks: list.reduce((s, b) => s + b.microtasks, 0) / n,
    byKind: list.reduce((acc, b) => add(acc, b.byKind), {}),
    byFunction: list.reduce((acc, b) => add(acc, b.byFunction), {}),
  };
}

/** The breakdown as printable lines, biggest first. */
export function breakdownLines({ attributed, microtasks, byKind, byFunction }, top = 15) {
  const f = (x) => x.toFixed(2).padStart(6);
  const sorted = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]);
  const small = sorted(byKind).filter(([, v]) => v < 0.1);
  return [
    `sampled CPU per load: ${f(attributed)} ms in events attributed by URL, ${f(microtasks)} ms in microtasks (the headline counts both)`,
    'by kind:',
    ...sorted(byKind)
      .filter(([, v]) => v >= 0.1)
      .map(([k, v]) => `  ${f(v)}  ${k}`),
    `  ${f(small.reduce((s, [, v]) => s + v, 0))}  ${small.length} others, each under 0.1 ms`,
    `our functions (innermost frame of ours, outside style/layout/GC/compile), top ${top}:`,
    ...sorted(byFunction)
      .slice(0, top)
      .map(([k, v]) => `  ${f(v)}  ${k}`),
    // Seen on 2026-11-30: runtime.sendMessage sampled as "getUILanguage", while timing the i18n calls gave 0.05 ms.
    'Native names are V8 profiler frames: Chrome binds every extension API to one native callback, so an API call',
    "may show under another API's name. The profiler samples about once a millisecond here: read sums over loads.",
    'A function it blames may cost nothing once removed (a first use of an API moves to the next caller): decide',
    'with `npm run bench -- --compare` on a build without it.',
  ];
}
