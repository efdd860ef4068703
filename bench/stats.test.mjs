// node --test bench/stats.test.mjs: the interval `--compare` prints beside the difference of two builds' medians.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { medianDifference } from './stats.mjs';

/** 30 loads of a noisy build: 7 ms give or take 1.5 ms, repeatable. */
const loads = (shift) => Array.from({ length: 30 }, (_, i) => 7 + shift + 1.5 * Math.sin(i * 12.9898));

test('medianDifference() of two samples of the same build holds 0', () => {
  const { median, low, high } = medianDifference(loads(0), loads(0));
  assert.equal(median, 0);
  assert.ok(low < 0 && high > 0, `${low} .. ${high}`);
});

test('medianDifference() of a build 2 ms cheaper excludes 0 and holds -2', () => {
  const { median, low, high } = medianDifference(loads(0), loads(-2));
  assert.ok(Math.abs(median + 2) < 1e-9, `${median}`);
  assert.ok(low <= -2 && high >= -2 && high < 0, `${low} .. ${high}`);
});

test('medianDifference() prints the same interval for the same samples', () => {
  assert.deepEqual(medianDifference(loads(0), loads(0.3)), medianDifference(loads(0), loads(0.3)));
});
