import { countryAliases, countryCodes, countryName, countryOptions, isCountryCode } from './countries';

describe('countryCodes', () => {
  it('holds the 249 officially assigned codes, each once, in order', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect([...countryCodes].sort()).toEqual([...countryCodes]);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
  });
  it.each(['DE', 'GB', 'GR', 'HK', 'MO', 'AX', 'MF', 'SS', 'BQ', 'CW', 'SX', 'AQ', 'UM'])(
    'isCountryCode(%j) is true',
    (code) => {
      expect(isCountryCode(code)).toBe(true);
    },
  );
  it.each(['UK', 'EL', 'EU', 'XK', 'IC', 'EA', 'AC', 'TA', 'ZZ', 'XX', 'AN', 'de', ' DE', '', null, 49])(
    'isCountryCode(%j) is false',
    (code) => {
      expect(isCountryCode(code)).toBe(false);
    },
  );
  it('aliases point at assigned codes and are not assigned themselves', () => {
    for (const [alias, code] of Object.entries(countryAliases)) {
      expect(isCountryCode(code)).toBe(true);
      expect(isCountryCode(alias)).toBe(false);
    }
  });
});

describe('countryName()', () => {
  it.each([
    ['DE', 'en', 'Germany'],
    ['DE', 'de', 'Deutschland'],
    ['GB', 'fr', 'Royaume-Uni'],
    ['HK', 'en', 'Hong Kong SAR China'],
    ['DE', 'not a locale!', 'Germany'],
    ['XX', 'en', 'XX'],
    ['D', 'en', 'D'],
    ['', 'en', ''],
  ])('countryName(%j, %j) is %j', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });
  it('countryName() defaults to English', () => {
    expect(countryName('CH')).toBe('Switzerland');
  });
});

describe('countryOptions()', () => {
  it('offers every code once, with a name', () => {
    const options = countryOptions('en');
    expect(options.map((option) => option.code).sort()).toEqual([...countryCodes]);
    expect(options.find((option) => option.code === 'AX')?.name).toBe('Åland Islands');
  });
  it.each(['en', 'de', 'fr', 'pl'])(
    'countryOptions(%j) is sorted by name the way that language sorts',
    (locale) => {
      const names = countryOptions(locale).map((option) => option.name);
      const collator = new Intl.Collator(locale);
      for (let i = 1; i < names.length; i++)
        expect(collator.compare(names[i - 1], names[i])).toBeLessThanOrEqual(0);
    },
  );
  it('countryOptions() names countries in the language asked for', () => {
    expect(countryOptions('de').find((option) => option.code === 'DE')?.name).toBe('Deutschland');
    expect(countryOptions('nonsense!!').find((option) => option.code === 'DE')?.name).toBe('Germany');
  });
  it('countryOptions() over a given list', () => {
    expect(countryOptions('en', ['US', 'AT', 'DE'])).toEqual([
      { code: 'AT', name: 'Austria' },
      { code: 'DE', name: 'Germany' },
      { code: 'US', name: 'United States' },
    ]);
  });
});
