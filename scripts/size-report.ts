/** Gzipped size of each built script against its budget; the build fails when one is over (issue #11). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kB = 1024;

/**
 * Gzipped budgets, first match wins. The gate runs on every LinkedIn page, so it stays tiny; the guide runs only
 * on guided pages (callout UI included); the popup and background load only when the member asks.
 */
export const budgets: readonly { name: string; match: RegExp; bytes: number }[] = [
  { name: 'gate', match: /^content-scripts\/linkedin-gate\.js$/, bytes: 1 * kB },
  // 14.5: the guide that knows when to stop (issue #8: free-space placement, pill, "Keep it on") added ~1.8 kB.
  { name: 'content script', match: /^content-scripts\//, bytes: 14.5 * kB },
  { name: 'popup', match: /^chunks\/popup-[^/]*\.js$/, bytes: 25 * kB },
  { name: 'background', match: /^background\.js$/, bytes: 10 * kB },
];

export interface SizeLine {
  file: string;
  raw: number;
  gzipped: number;
  budget?: { name: string; bytes: number; over: boolean };
}

/** Measures every script of `files` in `outDir`. */
export function measureScripts(outDir: string, files: readonly string[]): SizeLine[] {
  return files
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      const gzipped = gzipSync(bytes, { level: 9 }).length;
      const found = budgets.find((b) => b.match.test(file));
      const budget = found && { name: found.name, bytes: found.bytes, over: gzipped > found.bytes };
      return { file, raw: bytes.length, gzipped, budget };
    });
}

const kb = (n: number) => `${(n / kB).toFixed(1)} kB`;

/** One printable line per script: raw and gzipped bytes, and its budget. */
export function sizeReport(lines: readonly SizeLine[]): string[] {
  return lines.map(({ file, raw, gzipped, budget }) => {
    const verdict = budget
      ? `  (${budget.name} budget ${kb(budget.bytes)}: ${budget.over ? 'OVER' : 'ok'})`
      : '';
    return `  ${file}: ${kb(raw)} raw, ${kb(gzipped)} gzipped${verdict}`;
  });
}

/** The error that fails the build, or null when every script keeps its budget. */
export function overBudget(lines: readonly SizeLine[]): Error | null {
  const over = lines.filter((line) => line.budget?.over);
  if (!over.length) return null;
  const list = over.map((l) => `${l.file} is ${kb(l.gzipped)} gzipped, budget ${kb(l.budget?.bytes ?? 0)}`);
  return new Error(`Over the size budget (scripts/size-report.ts):\n  ${list.join('\n  ')}`);
}
