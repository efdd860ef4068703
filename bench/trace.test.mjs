// node --test bench/trace.test.mjs: what analyse() charges to us, on synthetic traces of one renderer's main thread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, pageRunsMicrotasks } from './trace.mjs';

const ours = 'chrome-extension://abc/content-scripts/linkedin.js';
const page = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
/** A complete event on the main thread: starts at `ts` ms, lasts `ms` ms of wall and thread time. */
const span = (name, ts, ms, url) => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: ts * 1000,
  dur: ms * 1000,
  tdur: ms * 1000,
  ...(url ? { args: { data: { url } } } : {}),
});
/** A trace with the floor and our script evaluated (1 ms and 2 ms), plus `events`. */
const trace = (...events) => [
  span('ParseHTML', 0, 1),
  span('EvaluateScript', 2, 0.1, 'chrome-extension://floor/floor-empty.js'),
  span('EvaluateScript', 3, 2, ours),
  ...events,
];

test('a microtask checkpoint on its own in a task counts as ours, less the scripts it calls', () => {
  const { scriptCpu } = analyse(
    trace(span('RunTask', 10, 5), span('RunMicrotasks', 10, 5), span('FunctionCall', 11, 1, page)),
  );
  assert.equal(scriptCpu.microtasks, 4);
  assert.equal(scriptCpu.ours, 6);
});

test("a checkpoint inside a script's event is that script's, and one nested in another counts once", () => {
  const { scriptCpu } = analyse(
    trace(
      span('RunTask', 10, 5),
      span('TimerFire', 10, 5),
      span('FunctionCall', 10, 5, page),
      span('RunMicrotasks', 12, 3),
      span('RunTask', 20, 3),
      span('RunMicrotasks', 20, 3),
      span('RunMicrotasks', 21, 1),
    ),
  );
  assert.equal(scriptCpu.microtasks, 3);
});

test('our time by URL splits into the script evaluation and the callbacks it left behind', () => {
  const { scriptCpu } = analyse(
    trace(
      span('FunctionCall', 4, 0.5, ours), // nested in the evaluation: counted there, once
      span('RunTask', 10, 2),
      span('FunctionCall', 10, 1.5, ours), // a ResizeObserver callback
      span('RunTask', 20, 1),
      span('FunctionCall', 20, 1, page), // the page's own: not ours
    ),
  );
  assert.equal(scriptCpu.evaluation, 2);
  assert.equal(scriptCpu.callbacks, 1.5);
  assert.equal(scriptCpu.ours, 3.5);
});

test("the page's own continuations (after fetch, IndexedDB, a MessageChannel) are flagged by the unguided twin", () => {
  // Measured: the twin with `await fetch()` then 5 ms of work, 3 times, read 11.7 ms of loose microtasks.
  const twin = [11.7, 11.4, 0.01].map((microtasks) => ({ scriptCpu: { microtasks } }));
  const quiet = [0.01, 0.02, 0.01].map((microtasks) => ({ scriptCpu: { microtasks } }));
  assert.equal(pageRunsMicrotasks(twin), true);
  assert.equal(pageRunsMicrotasks(quiet), false);
});
