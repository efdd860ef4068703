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
