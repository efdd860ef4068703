// Order statistics for the benchmark's samples.

/** The q-quantile (0..1) of `values`, nearest rank; NaN for none. */
export function quantile(values, q) {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Median, p90 and p95 of `values`, rounded to 0.01. */
export function summary(values) {
  const r = (x) => Math.round(x * 100) / 100;
  return {
    n: values.length,
    median: r(quantile(values, 0.5)),
    p90: r(quantile(values, 0.9)),
    p95: r(quantile(values, 0.95)),
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * median(b) − median(a), with a 95% bootstrap interval: when it holds 0, the two builds did not differ beyond this
 * machine's run-to-run noise. `a` and `b` are the loads of each browser launch (arrays of numbers; a plain number is
 * a launch of one load): launches are redrawn with replacement, then loads within each, `resamples` times, since
 * launches differ among themselves more than loads within one do. A fixed seed keeps the printed interval the same.
 */
export function medianDifference(a, b, resamples = 2000) {
  let seed = 1;
  // Park–Miller: small and repeatable; the statistics need no better randomness.
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const draw = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const launches = (sample) => sample.map((launch) => (Array.isArray(launch) ? launch : [launch]));
  const [byLaunchA, byLaunchB] = [launches(a), launches(b)];
  const redraw = (byLaunch) => draw(byLaunch).flatMap(draw);
  const median = (values) => quantile(values, 0.5);
  const differences = Array.from(
    { length: resamples },
    () => median(redraw(byLaunchB)) - median(redraw(byLaunchA)),
  );
  return {
    median: median(byLaunchB.flat()) - median(byLaunchA.flat()),
    low: quantile(differences, 0.025),
    high: quantile(differences, 0.975),
  };
}
