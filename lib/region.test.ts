import { isCountryCode } from './countries';
import { regionGroups } from './policy/regions';
import { countryOfZone, detectRegion, guessRegion, regionOfLanguage } from './region';
import { zonesByCountry, zonesWithoutCountry } from './region-zones';

describe('regionOfLanguage()', () => {
  it.each([
    ['de-AT', 'AT'],
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['EN-gb', 'GB'],
    ['en-UK', 'GB'],
    ['zh-Hant-HK', 'HK'],
    ['sr-Latn-RS', 'RS'],
    ['zh-yue-HK', 'HK'],
    ['en-US-u-ca-gregory', 'US'],
    [' fr-CA ', 'CA'],
  ])('regionOfLanguage(%j) is %s', (tag, code) => {
    expect(regionOfLanguage(tag)).toBe(code);
  });
  it.each([
    'de',
    'en',
    'es-419',
    'en-XX',
    'de-1996',
    'x-private',
    'i-klingon',
    'en-Latn',
    '',
    '--',
    'de-',
    42,
    null,
  ])('regionOfLanguage(%j) is null', (tag) => {
    expect(regionOfLanguage(tag)).toBeNull();
  });
});

describe('countryOfZone()', () => {
  it.each([
    ['Europe/Dublin', 'IE'],
    ['Europe/Berlin', 'DE'],
    ['europe/berlin', 'DE'],
    ['Europe/Mariehamn', 'AX'],
    ['Europe/Jersey', 'JE'],
    ['America/Toronto', 'CA'],
    ['America/Los_Angeles', 'US'],
    ['Asia/Hong_Kong', 'HK'],
    ['Asia/Calcutta', 'IN'],
    ['Asia/Kolkata', 'IN'],
    ['Europe/Kiev', 'UA'],
    ['Indian/Reunion', 'RE'],
  ])('countryOfZone(%j) is %s', (zone, code) => {
    expect(countryOfZone(zone)).toBe(code);
  });
  it.each([
    'UTC',
    'Etc/UTC',
    'Etc/GMT+1',
    'GMT',
    'Antarctica/Troll',
    'Europe/Simferopol',
    'Mars/Olympus',
    '',
    undefined,
    7,
  ])('countryOfZone(%j) is null', (zone) => {
    expect(countryOfZone(zone)).toBeNull();
  });
});

describe('guessRegion()', () => {
  it.each([
    [['de-AT', 'de'], 'Europe/Vienna', 'AT'],
    [['en-GB'], 'Europe/London', 'GB'],
    // The zone tells where the device is; 'en-US' is often just the default language.
    [['en-US'], 'Europe/Berlin', 'DE'],
    [['en-US'], 'America/Toronto', 'CA'],
    [['en-US', 'en'], 'Asia/Hong_Kong', 'HK'],
    [['de-CH'], 'Europe/Zurich', 'CH'],
    [['fr'], 'Europe/Paris', 'FR'],
    [['en'], 'Europe/Dublin', 'IE'],
    // No zone with a country: the first language with a region decides.
    [['en-GB'], 'UTC', 'GB'],
    [['fr', 'en-CA', 'en-US'], undefined, 'CA'],
    [['de-AT'], 'Mars/Olympus', 'AT'],
    [['es-419', 'pt-BR'], 'Etc/UTC', 'BR'],
    // Nothing that names a country.
    [['de'], undefined, null],
    [['de', 'en'], 'UTC', null],
    [[], undefined, null],
    [['en-XX'], 'Nowhere/Town', null],
  ])('guessRegion(%j, %j) is %j', (languages, zone, expected) => {
    expect(guessRegion(languages, zone)).toBe(expected);
  });
  it.each([
    [null, null, null],
    [undefined, 42, null],
    [{}, {}, null],
    ['de-AT', undefined, 'AT'],
    [[42, {}, null, 'de-CH'], ['Europe/Berlin'], 'CH'],
    [['garbage!!', '💥'], 'Europe/Oslo', 'NO'],
  ])('guessRegion(%j, %j) copes with garbage: %j', (languages, zone, expected) => {
    expect(guessRegion(languages as never, zone as never)).toBe(expected);
  });
});

describe('detectRegion()', () => {
  function stubBrowser(languages: () => readonly string[], timeZone: () => string) {
    vi.spyOn(navigator, 'languages', 'get').mockImplementation(languages);
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(
      () => ({ timeZone: timeZone() }) as Intl.ResolvedDateTimeFormatOptions,
    );
  }
  it('detectRegion() reads the browser languages and time zone', () => {
    stubBrowser(
      () => ['en-US', 'en'],
      () => 'Europe/Dublin',
    );
    expect(detectRegion()).toBe('IE');
  });
  it('detectRegion() falls back to the language when the zone says nothing', () => {
    stubBrowser(
      () => ['de-AT'],
      () => 'UTC',
    );
    expect(detectRegion()).toBe('AT');
  });
  it('detectRegion() never throws: each signal that fails is left out', () => {
    stubBrowser(
      () => ['pt-BR'],
      () => {
        throw new Error('no Intl');
      },
    );
    expect(detectRegion()).toBe('BR');
    stubBrowser(
      () => {
        throw new Error('no navigator');
      },
      () => 'Asia/Hong_Kong',
    );
    expect(detectRegion()).toBe('HK');
  });
});

describe('zonesByCountry', () => {
  const table: Readonly<Record<string, readonly string[]>> = zonesByCountry;
  it('keys are assigned ISO codes', () => {
    expect(Object.keys(table).filter((code) => !isCountryCode(code))).toEqual([]);
  });
  it('no zone is listed twice', () => {
    const zones = [...Object.values(table).flat(), ...zonesWithoutCountry];
    expect(zones.filter((zone, index) => zones.indexOf(zone) !== index)).toEqual([]);
  });
  it('every zone is one the browser knows', () => {
    const unknown = Object.values(table)
      .flat()
      .filter((timeZone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone });
          return false;
        } catch {
          return true;
        }
      });
    expect(unknown).toEqual([]);
  });
  it('every zone Intl lists names a country, or is deliberately left without one', () => {
    const known = new Set([...Object.values(table).flat(), ...zonesWithoutCountry]);
    const missing = Intl.supportedValuesOf('timeZone').filter((zone) => !known.has(zone));
    expect(missing, 'A new zone: add it under its country in lib/region-zones.ts').toEqual([]);
  });
  it('every country of a named region group has a zone, and so do the US and the largest others', () => {
    const named = regionGroups.flatMap((group) => group.countries);
    const large = ['US', 'CN', 'IN', 'ID', 'PK', 'NG', 'BR', 'BD', 'RU', 'MX', 'JP', 'PH', 'EG', 'VN', 'TR'];
    expect([...named, ...large].filter((code) => !table[code]?.length)).toEqual([]);
  });
});
