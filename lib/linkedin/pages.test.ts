import { categoryPageOf, examples, isHub, isLegacySettingsPage, pageOf, settingPageOf } from './pages';
import { settingUrl } from './settings';

const predicates = {
  settingPageOf: (url: string) => settingPageOf(url) !== null,
  isHub,
  categoryPageOf: (url: string) => categoryPageOf(url) !== null,
  isLegacySettingsPage,
} as const;

describe('page predicates', () => {
  for (const [name, predicate] of Object.entries(predicates)) {
    describe(`${name}() returns true`, () => {
      for (const url of examples[name as keyof typeof predicates]) {
        it(url, () => {
          expect(predicate(url), `Is ${url} a ${name} page? yes: fix the predicate; no: remove the URL`).toBe(
            true,
          );
        });
      }
    });
    describe(`${name}() returns false`, () => {
      const others = Object.entries(examples).filter(([other]) => other !== name);
      for (const url of others.flatMap(([, urls]) => urls)) {
        it(url || '(empty)', () => {
          expect(predicate(url), `Is ${url} a ${name} page? no: fix the predicate; yes: move the URL`).toBe(
            false,
          );
        });
      }
    });
  }
});

describe('pageOf()', () => {
  it('names the setting of a setting page, in either tree', () => {
    expect(pageOf('https://www.linkedin.com/mypreferences/m/settings/ads-related-actions?x=1')).toEqual({
      kind: 'setting',
      setting: 'ads-measurement',
    });
  });
  it('names the category of a category page', () => {
    expect(pageOf('https://www.linkedin.com/mypreferences/d/categories/privacy')).toEqual({
      kind: 'category',
      category: 'privacy',
    });
  });
  it('names partner sharing at both of its addresses, and links the first', () => {
    const select = pageOf(
      'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners',
    );
    const trusted = pageOf(
      'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
    );
    expect(select).toEqual({ kind: 'setting', setting: 'partner-sharing' });
    expect(trusted).toEqual(select);
    expect(settingUrl('partner-sharing')).toBe(
      'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners',
    );
  });
  it('treats /psettings/ as a settings page it does not know', () => {
    expect(pageOf('https://www.linkedin.com/psettings/data-privacy')).toEqual({ kind: 'legacy' });
  });
  it('leaves every other page alone', () => {
    for (const url of examples.none) expect(pageOf(url)).toBeNull();
  });
});
