import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryNames, settingLabels } from '../linkedin/labels';
import { ladder } from '../linkedin/ladder';
import { stepPlaces } from '../linkedin/step-labels';
import { normalizedLabels } from './text';

const fixtures = join(import.meta.dirname, '../../tests/fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const selectors: string[] = [
  ...ladder.switches,
  ...ladder.textSwitches,
  ...ladder.hidden,
  ...ladder.notLabels,
  ...ladder.mainArea,
  ...stepPlaces.clickables,
  ...stepPlaces.menu,
  ...stepPlaces.chrome,
];

describe('the ladder data', () => {
  for (const selector of selectors) {
    it(`${selector} parses and selects by no class name`, () => {
      expect(() => document.querySelectorAll(selector)).not.toThrow();
      expect(selector.replace(/\[[^\]]*\]/g, ''), 'hashed class names change between releases').not.toMatch(
        /\./,
      );
      expect(selector).not.toMatch(/\[class/);
    });
  }

  it('tries each rung once, most stable first', () => {
    expect(ladder.rungs).toEqual(['label-id', 'label-text', 'only-switch']);
  });

  // Each alternative against saved fixtures, with the number of elements it must match (Refined GitHub style).
  const counts: [string, string, number][] = [
    ['input[type="checkbox"]', 'ai-en-canonical.html', 1],
    ['input[type="checkbox"]', 'two-switches-ai-and-research.html', 2],
    ['[role="switch"]', 'aria-checked-switch.html', 1],
    ['[role="switch"][aria-checked]', 'ai-it-renamed-id.html', 1],
    ['input[type="checkbox"][role="switch"]', 'label-for-plain-checkbox.html', 0],
    ['[role="main"]', 'mobile-web.html', 1],
    ['main', 'mobile-web.html', 0],
    ['article', 'quoted-post-no-switch.html', 1],
    ['[aria-hidden="true"]', 'hidden-duplicate.html', 1],
  ];
  for (const [selector, fixture, count] of counts) {
    it(`${selector} matches ${count} in ${fixture}`, () => {
      expect(selectors).toContain(selector);
      document.body.innerHTML = read(fixture);
      expect(document.querySelectorAll(selector)).toHaveLength(count);
    });
  }
});

describe('the label data', () => {
  for (const [id, byLanguage] of Object.entries(settingLabels)) {
    it(`${id} has English labels, distinct once normalised`, () => {
      const labels = normalizedLabels(Object.values(byLanguage).flat());
      expect(byLanguage.en.length).toBeGreaterThan(0);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }
  for (const [category, names] of Object.entries(categoryNames)) {
    it(`category ${category} has an English name`, () => {
      expect(names.en.length).toBeGreaterThan(0);
    });
  }
});

describe('the fixtures', () => {
  const tests = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(import.meta.dirname, name), 'utf8'))
    .join('\n');
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.html'))) {
    it(`${name} says what it imitates, has unique ids and is used by a test`, () => {
      const html = read(name);
      expect(html.split('\n')[0]).toMatch(
        /^<!-- .+Replica, not LinkedIn's markup: built from docs\/facts\.md.* -->$/,
      );
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(tests).toContain(`'${name}'`);
    });
  }
});
