// Chrome traces over CDP, and what in them belongs to which extension (docs: README, "Performance").
import { quantile } from './stats.mjs';

const categories = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

/** Starts recording on a CDP session of the page (with `extra` trace categories); `stop()` returns the trace events. */
export async function startTrace(cdp, extra = []) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories, ...extra], excludedCategories: ['*'] },
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Which script a trace event ran, by the file names of ours and the yardsticks. */
export const owners = {
  ours: (url) => /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(url),
  empty: (url) => url.endsWith('/floor-empty.js'),
  poller: (url) => url.endsWith('/psst-poller.js'),
};

/** The script URL a trace event names, if any. */
export const urlOf = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';
const cpu = (e) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Sums the thread CPU (ms) of the outermost events matching `keep` on one thread: nested events count once. */
function outermost(events, keep) {
  let end = -1;
  let total = 0;
  for (const e of events.filter((x) => x.ph === 'X' && keep(x)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    total += cpu(e);
  }
  return total;
}

/**
 * The thread CPU (ms) of microtask checkpoints that run on their own in a task, outside any script's event, less the
 * script events nested in them: promise reactions after an extension message's answer, which carry no script URL.
 * The yardsticks send no messages, and the replica's own code runs none (the feed and the unguided twin read 0.01 ms),
 * so on these pages they are ours.
 */
function looseMicrotasks(main) {
  const spans = main.filter((e) => e.ph === 'X');
  const within = (e, outer) => e !== outer && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
  let total = 0;
  for (const checkpoint of spans.filter((e) => e.name === 'RunMicrotasks')) {
    if (spans.some((e) => e.name !== 'RunTask' && within(checkpoint, e))) continue;
    const scripts = spans.filter((e) => urlOf(e) && within(e, checkpoint));
    total += cpu(checkpoint) - outermost(scripts, () => true);
  }
  return total;
}

/**
 * True when the unguided twin (the same document without the guide) shows loose microtasks (median over 0.1 ms): the
 * page itself then resumes work in them, after a `fetch()`, IndexedDB or a MessageChannel, and analyse() would charge
 * that work to us, as nothing in the trace tells whose promise reaction ran (README "Performance").
 */
export const pageRunsMicrotasks = (twinLoads) =>
  quantile(
    twinLoads.map((r) => r.scriptCpu.microtasks),
    0.5,
  ) > 0.1;

const rendering = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
]);

/**
 * One page load's figures from its trace: main-thread CPU (ms) per script owner, and frames and rendering CPU
 * in the renderer that ran the page, in [0, split) and [split, end) ms after the document began to parse.
 */
export function analyse(events, split = 2000) {
  const floor = events.find((e) => e.name === 'EvaluateScript' && owners.empty(urlOf(e)));
  if (!floor) throw new Error('trace: the empty content script never ran (is the page a LinkedIn page?)');
  const main = events.filter((e) => e.pid === floor.pid && e.tid === floor.tid);
  const scriptCpu = Object.fromEntries(
    Object.entries(owners).map(([owner, match]) => [owner, outermost(main, (e) => match(urlOf(e)))]),
  );
  // Ours by script URL, in two parts: the script's own evaluation (its start, up to asking the background) and the
  // callbacks it left behind (observers, frames, timers, events).
  scriptCpu.evaluation = outermost(main, (e) => e.name === 'EvaluateScript' && owners.ours(urlOf(e)));
  scriptCpu.callbacks = scriptCpu.ours - scriptCpu.evaluation;
  // Ours too: the guide's start runs in promise reactions once the background has answered (README "Performance").
  scriptCpu.microtasks = looseMicrotasks(main);
  scriptCpu.ours += scriptCpu.microtasks;
  const start = Math.min(...main.filter((e) => e.name === 'ParseHTML').map((e) => e.ts));
  const inWindow = (e, from, to) => e.ts >= start + from * 1000 && e.ts < start + to * 1000;
  const process = events.filter((e) => e.pid === floor.pid);
  const compositor = new Set(process.filter((e) => e.name === 'DrawFrame').map((e) => e.tid));
  const windowed = (from, to) => {
    const within = process.filter((e) => inWindow(e, from, to));
    return {
      frames: within.filter((e) => e.name === 'DrawFrame' && e.ph !== 'E').length,
      mainFrames: within.filter((e) => e.name === 'BeginMainThreadFrame' && e.tid === floor.tid).length,
      renderingMs:
        outermost(
          within.filter((e) => e.tid === floor.tid),
          (e) => rendering.has(e.name),
        ) +
        outermost(
          within.filter((e) => compositor.has(e.tid)),
          (e) => e.name === 'RunTask',
        ) +
        within.filter((e) => e.name === 'RasterTask' && e.ph === 'X').reduce((sum, e) => sum + cpu(e), 0),
    };
  };
  return { scriptCpu, first: windowed(0, split), after: windowed(split, Number.POSITIVE_INFINITY) };
}
