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

test('medianDifference() counts the differences between browser launches, not only between loads', () => {
  // One build, six launches each: a launch reads 0.4 ms above or below the build's level, its loads ±0.05 around that;
  // by luck, two of the first six launches came out high and four of the next six.
  const launch = (level) => Array.from({ length: 5 }, (_, i) => level + 0.05 * Math.sin(i * 78.233));
  const a = [-0.4, 0.4, -0.4, -0.4, 0.4, -0.4].map(launch);
  const b = [0.4, 0.4, -0.4, 0.4, -0.4, 0.4].map(launch);
  // Loads taken as if independent, the luck of the launches looks like a difference...
  const loose = medianDifference(a.flat(), b.flat());
  assert.ok(loose.low > 0, `${loose.low} .. ${loose.high}`);
  // ...which it is not, once launches are redrawn as wholes.
  const { low, high } = medianDifference(a, b);
  assert.ok(low < 0 && high > 0, `${low} .. ${high}`);
});
