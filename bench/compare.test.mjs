// node --test bench/compare.test.mjs: what `npm run bench -- --compare` prints for two builds' loads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareLines, comparePlan, roundsOption, runOrder } from './compare.mjs';

/**
 * 30 loads in 6 launches of 5, as compareChromium() returns them: the evaluation costs 2 ms, the code after the
 * answer `answer` ms give or take 1, callbacks 1 ms.
 */
const loads = (answer) =>
  Array.from({ length: 6 }, (_, launch) =>
    Array.from({ length: 5 }, (_, load) => {
      const microtasks = answer + Math.sin((launch * 5 + load) * 12.9898);
      return { scriptCpu: { evaluation: 2, microtasks, callbacks: 1, ours: 3 + microtasks } };
    }),
  );

test('compareLines() gives each build its medians and the second its difference to the first', () => {
  const [head, before, after, difference, noise] = compareLines(['before', 'after'], [loads(5), loads(3)]);
  assert.match(head, /30 loads per build/);
  assert.match(before, /^ {2}before: total 8\.\d\d \/ \d+\.\d\d · evaluation 2\.00 \/ 2\.00/);
  assert.match(after, /^ {2}after: total 6\.\d\d/);
  // Two milliseconds less after the answer, outside the noise; the evaluation did not move at all.
  const total = difference.match(/total (-\d\.\d\d) \((-\d\.\d\d) to (-\d\.\d\d)\)/);
  assert.ok(total, difference);
  assert.ok(Number(total[1]) < -1.5 && Number(total[3]) < 0, difference);
  assert.match(difference, /evaluation 0\.00 \(0\.00 to 0\.00\)/);
  assert.match(noise, /holds 0 is within the run-to-run noise/);
});

// A slow drift over the run (the machine's load, another engineer's job) shifts each launch a little: alternating cancels
// it in a difference only when every build runs, on average, at the same point of the run. Measured on 30 Nov 2026: the
// same build read 7.55 ms in a first round and 7.11 ms in the next, run-wide.
test('every build of a --compare run sits at the same mean position in it, quick or not, any even rounds', () => {
  for (const [quick, more] of [[false], [true], [false, 18], [true, 4]]) {
    const { rounds, loads } = comparePlan(quick, more);
    if (more) assert.equal(rounds, more);
    assert.ok(rounds * loads >= (quick ? 20 : 30), `${rounds} × ${loads}`);
    for (let count = 2; count <= 5; count++) {
      const slots = runOrder(count, rounds).flat();
      const mean = (i) => slots.reduce((sum, build, slot) => sum + (build === i ? slot : 0), 0) / rounds;
      for (let i = 1; i < count; i++)
        assert.equal(mean(i), mean(0), `${count} builds, ${rounds} rounds: build ${i}`);
    }
  }
});

test('compareLines() prints a difference that rounds to nothing as 0.00, with no sign', () => {
  const nudged = loads(5).map((launch) =>
    launch.map((r) => ({ scriptCpu: { ...r.scriptCpu, evaluation: 1.999 } })),
  );
  const [, , , difference] = compareLines(['before', 'after'], [loads(5), nudged]);
  assert.match(difference, /evaluation 0\.00 \(0\.00 to 0\.00\)/);
});

test('--rounds= takes an even number of rounds, 2 or more, and nothing else', () => {
  assert.equal(roundsOption(['--compare', 'a', 'b']), undefined);
  assert.equal(roundsOption(['--compare', 'a', 'b', '--rounds=18']), 18);
  for (const bad of [
    '--rounds=3',
    '--rounds=0',
    '--rounds=',
    '--rounds=six',
    '--rounds=2.5',
    '--rounds=-4',
  ]) {
    assert.throws(() => roundsOption([bad]), /even number of rounds/, bad);
  }
});
