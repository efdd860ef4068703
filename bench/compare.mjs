// `npm run bench -- --compare A B …`: the setting page's cost in several builds, each part of it, and how far each
// build differs from the first beyond this machine's run-to-run noise (README "Performance").
import { medianDifference, summary } from './stats.mjs';

/**
 * How `--compare` samples each build: `rounds` browser launches, `loads` traced loads kept from each. Rounds come in pairs
 * (one order, then its reverse) so that a drift over the run lands on every build alike; 3 rounds did not.
 */
export const comparePlan = (quick, rounds) => ({
  ...(quick ? { rounds: 2, loads: 10 } : { rounds: 6, loads: 5 }),
  ...(rounds && { rounds }),
});

/**
 * `--rounds=N` as a number of rounds, undefined when not given; throws unless N is even (rounds come in pairs) and
 * at least 2. More rounds resolve a smaller difference: 6 of 5 loads tell about ±0.8 ms apart (README "Performance").
 */
export function roundsOption(args) {
  const given = args.find((arg) => arg.startsWith('--rounds='));
  if (given === undefined) return undefined;
  const rounds = Number(given.slice('--rounds='.length));
  if (!Number.isInteger(rounds) || rounds < 2 || rounds % 2) {
    throw new Error(`npm run bench -- --compare: ${given} must be an even number of rounds, 2 or more`);
  }
  return rounds;
}

/** The builds' indices (0 … count − 1) in the order each round launches them: every round the reverse of the last. */
export function runOrder(count, rounds) {
  return Array.from({ length: rounds }, (_, round) => {
    const order = Array.from({ length: count }, (_, i) => i);
    return round % 2 ? order.reverse() : order;
  });
}

/** The parts of our main-thread CPU per load that bench/trace.mjs tells apart, and the whole. */
const parts = [
  ['total', (r) => r.scriptCpu.ours],
  ['evaluation', (r) => r.scriptCpu.evaluation],
  ['after the answer', (r) => r.scriptCpu.microtasks],
  ['callbacks', (r) => r.scriptCpu.callbacks],
];

/**
 * The printed comparison: per build the median / p90 of each part; per later build its difference to the first.
 * `launches`: per build, the analyses of each browser launch's loads, as compareChromium() returns them.
 */
export function compareLines(builds, launches) {
  const results = launches.map((build) => build.flat());
  // Rounded first: a difference of −0.001 ms prints as 0.00, not −0.00.
  const f = (x) => (Math.round(x * 100) / 100 || 0).toFixed(2);
  const lines = [
    `ms of main-thread CPU per setting-page load, median / p90 (${results[0].length} loads per build):`,
  ];
  builds.forEach((build, i) => {
    const cells = parts.map(([name, pick]) => {
      const { median, p90 } = summary(results[i].map(pick));
      return `${name} ${f(median)} / ${f(p90)}`;
    });
    lines.push(`  ${build}: ${cells.join(' · ')}`);
  });
  for (let i = 1; i < builds.length; i++) {
    const cells = parts.map(([name, pick]) => {
      const { median, low, high } = medianDifference(
        launches[0].map((launch) => launch.map(pick)),
        launches[i].map((launch) => launch.map(pick)),
      );
      return `${name} ${f(median) > 0 ? '+' : ''}${f(median)} (${f(low)} to ${f(high)})`;
    });
    lines.push(`  ${builds[i]} − ${builds[0]}, medians (95% interval): ${cells.join(' · ')}`);
  }
  lines.push('  An interval that holds 0 is within the run-to-run noise of this machine.');
  return lines;
}
