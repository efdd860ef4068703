// Runs axe-core (WCAG 2.0–2.2, levels A and AA) in a page through the shared driver interface.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// A function expression as text: both drivers call it in the page with `tags`. Extension pages forbid eval and
// inline scripts (their CSP), so axe's source travels inside the function the driver evaluates.
const runAxe = `(async (tags) => {
  if (!window.axe) {
${source}
  }
  const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
})`;

/** axe's serious and critical WCAG 2.2 AA violations in `page` as it is now: [] when there are none. */
export function seriousViolations(page) {
  // Playwright (page.raw, Chromium) evaluates a string as an expression; the BiDi driver calls it as a function.
  if (page.raw) return page.raw.evaluate(`${runAxe}(${JSON.stringify(tags)})`);
  return page.evaluate(runAxe, tags);
}
