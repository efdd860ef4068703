// How fast the finder runs per DOM mutation batch: `npx vitest bench --run tests/bench/finder.bench.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { findStep, findSwitch } from '../../lib/finder';
import { labelBook } from '../../lib/linkedin';
import { getSetting, type Setting } from '../../lib/settings';

const ai = getSetting('ai-training') as Setting;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');

let loaded = '';
/** Puts `html` in the page once, so each run measures the finder and not the parser. */
function page(html: string): Document {
  if (loaded !== html) document.body.innerHTML = loaded = html;
  return document;
}

/** A main area padded with unrelated switches and posts quoting the label, to show the finder stays near-linear. */
function crowded(rows: number, inner: string): string {
  const row = (i: number) =>
    `<div><span>Setting ${i}</span><input type="checkbox" role="switch"></div><article><p>Data for Generative AI Improvement</p></article>`;
  return `<main>${Array.from({ length: rows }, (_, i) => row(i)).join('')}${inner}</main>`;
}

describe('findSwitch()', () => {
  const canonical = fixture('ai-en-canonical.html');
  bench('canonical page, label-id rung', () => {
    findSwitch(page(canonical), ai, { ownPage: true, labels: labelBook });
  });
  const german = fixture('ai-de-renamed-id.html');
  bench('German page, label-text rung', () => {
    findSwitch(page(german), ai, { ownPage: true, labels: labelBook });
  });
  const big = crowded(200, fixture('ai-de-renamed-id.html').replace(/<\/?main>/g, ''));
  bench('200 other switches and posts, label-text rung', () => {
    findSwitch(page(big), ai, { ownPage: true, labels: labelBook });
  });
});

describe('findStep()', () => {
  const privacy = fixture('step-privacy-en.html');
  bench('privacy category, row by href', () => {
    findStep(page(privacy), { kind: 'category', category: 'privacy' }, ai, labelBook);
  });
});
