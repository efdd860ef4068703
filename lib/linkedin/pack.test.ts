// The LinkedIn pack's invariants: every item dated with its confidence, aliases that cannot collide, and an
// engine (finder, guide) that holds no LinkedIn knowledge of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence } from './evidence';
import { categoryNames, labelBook, settingLabels } from './labels';
import { ladderEvidence } from './ladder';
import { settingPageOf } from './pages';
import { type LabelLanguage, settings } from './settings';
import { type SettingEvidence, settingEvidence } from './settings-evidence';
import { categoryNameEvidence, stepPlacesEvidence } from './step-labels';

const isEvidence = (evidence: Evidence | undefined) =>
  evidence !== undefined &&
  /^\d{4}-\d{2}-\d{2}$/.test(evidence.confirmed) &&
  !Number.isNaN(Date.parse(evidence.confirmed)) &&
  ['high', 'medium', 'low'].includes(evidence.confidence);

describe('the LinkedIn pack', () => {
  for (const setting of settings) {
    it(`${setting.id}: its page and every language of its labels are dated with a confidence`, () => {
      const evidence = settingEvidence[setting.id];
      expect(isEvidence(evidence.page)).toBe(true);
      const languages = Object.keys(settingLabels[setting.id]) as LabelLanguage[];
      for (const language of languages) {
        expect(
          isEvidence((evidence.labels as Partial<Record<LabelLanguage, Evidence>>)[language]),
          language,
        ).toBe(true);
      }
      expect(Object.keys(evidence.labels).sort()).toEqual([...languages].sort());
    });

    for (const alias of setting.aliases) {
      it(`${setting.id}: the alias ${alias} is dated, lower case, and names this setting alone`, () => {
        const evidence: SettingEvidence = settingEvidence[setting.id];
        expect(isEvidence(evidence.aliases?.[alias])).toBe(true);
        expect(alias).toBe(alias.toLowerCase());
        expect(alias).not.toMatch(/\/$/);
        expect(settingPageOf(`https://www.linkedin.com${alias}`)).toBe(setting.id);
      });
    }
    it(`${setting.id}: dates no alias it does not have`, () => {
      const evidence: SettingEvidence = settingEvidence[setting.id];
      expect(Object.keys(evidence.aliases ?? {})).toEqual([...setting.aliases]);
    });
  }

  it('dates the ladder, the step places and every category name', () => {
    expect(isEvidence(ladderEvidence)).toBe(true);
    expect(isEvidence(stepPlacesEvidence)).toBe(true);
    for (const [category, names] of Object.entries(categoryNames)) {
      const dated: Record<string, Evidence> = categoryNameEvidence[category as keyof typeof categoryNames];
      expect(Object.keys(dated).sort()).toEqual(Object.keys(names).sort());
      for (const evidence of Object.values(dated)) expect(isEvidence(evidence)).toBe(true);
    }
  });

  it('sends the finder every label of every language, in the book the background answers with', () => {
    for (const setting of settings)
      expect(labelBook.settings[setting.id]).toEqual(Object.values(settingLabels[setting.id]).flat());
    for (const [category, names] of Object.entries(categoryNames))
      expect(labelBook.categories[category as keyof typeof categoryNames]).toEqual(
        Object.values(names).flat(),
      );
    expect(labelBook.settings['ai-training']).toContain('Daten zur Verbesserung generativer KI');
  });

  // A LinkedIn redesign should change data in lib/linkedin/, never the engine.
  const engine = ['../finder', '../guide'].flatMap((folder) =>
    readdirSync(join(import.meta.dirname, folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join(import.meta.dirname, folder, file)),
  );
  const linkedInStrings = [
    'linkedin.com',
    'mypreferences',
    'psettings',
    ...settings.flatMap((setting) => [
      setting.labelId,
      setting.slug,
      ...Object.values(settingLabels[setting.id]).flat(),
    ]),
  ];
  it('keeps the label data out of the content script: no engine file imports it', () => {
    const guide = [...engine, join(import.meta.dirname, '../../entrypoints/linkedin.content.ts')];
    expect(
      guide.filter((file) => /linkedin\/labels'|from '\.\/labels'/.test(readFileSync(file, 'utf8'))),
    ).toEqual([]);
  });
  for (const file of engine) {
    it(`${file.split('/lib/')[1]} holds no LinkedIn string`, () => {
      const source = readFileSync(file, 'utf8').toLowerCase();
      for (const text of linkedInStrings) expect(source, text).not.toContain(text.toLowerCase());
    });
  }
});
