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
  // 12 kB (issue #11): 12,218 B in both builds on 30 Nov 2026, after LinkedIn's labels moved to the background's
  // start-up answer and the callout's class names were shortened in builds (README, "Budgets").
  { name: 'content script', match: /^content-scripts\//, bytes: 12 * kB },
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

/**
 * Gzipped bytes of every script an HTML page of `outDir` loads (its entry and the shared chunks it preloads):
 * what opening the popup costs, now that WXT splits code shared with the options and welcome pages.
 */
export function pageScripts(outDir: string, page: string): { files: string[]; gzipped: number } {
  let html = '';
  try {
    html = readFileSync(join(outDir, page), 'utf8');
  } catch {
    return { files: [], gzipped: 0 };
  }
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const gzipped = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipped };
}

/**
 * The line saying what opening the popup loads, or null without a popup page. Throws, failing the build, when the
 * whole page (entry and shared chunks) is over the popup budget: chunks split off for the options and welcome
 * pages must not bring the popup back over it (issue #11).
 */
export function popupPageWarning(outDir: string): string | null {
  const budget = budgets.find((b) => b.name === 'popup')?.bytes ?? 0;
  const { files, gzipped } = pageScripts(outDir, 'popup.html');
  if (!files.length) return null;
  const line = `  popup.html loads ${files.length} scripts, ${kb(gzipped)} gzipped in all`;
  if (gzipped > budget) {
    throw new Error(
      `Over the size budget (scripts/size-report.ts):\n${line}, budget ${kb(budget)} (shared chunks included)`,
    );
  }
  return line;
}
