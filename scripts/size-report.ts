/** Prints the gzipped size of each built script, and whether the content script keeps its budget. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script runs on every LinkedIn page (issue #3: at most 12 kB gzipped, callout UI included). */
export const contentScriptBudget = 12 * 1024;

/** One line per script of `outDir`: raw and gzipped bytes, the content script against its budget. */
export function sizeReport(outDir: string, files: readonly string[]): string[] {
  return files
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      const gz = gzipSync(bytes, { level: 9 }).length;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const budget = file.startsWith('content-scripts/')
        ? `  (budget ${kb(contentScriptBudget)}: ${gz <= contentScriptBudget ? 'ok' : 'OVER'})`
        : '';
      return `  ${file}: ${kb(bytes.length)} raw, ${kb(gz)} gzipped${budget}`;
    });
}
