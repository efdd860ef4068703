import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { onlyMatch, searchableCountries, searchCountries } from '../lib/country-search';
import { RegionPicker } from './region-picker';

const english = searchableCountries('en');
const german = searchableCountries('de');
const codes = (list: { code: string }[]) => list.map((o) => o.code);

afterEach(cleanup);

describe('searchCountries(): synonyms in the UI language and in English', () => {
  it.each([
    ['USA', 'US'],
    ['America', 'US'],
    ['U.S.', 'US'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Holland', 'NL'],
    ['Deutschland', 'DE'],
    ['Österreich', 'AT'],
    ['osterreich', 'AT'],
    ['Suisse', 'CH'],
    ['Svizzera', 'CH'],
    ['España', 'ES'],
    ['Polska', 'PL'],
    ['Suomi', 'FI'],
    ['Czechia', 'CZ'],
    ['EL', 'GR'], // the EU's code for Greece, typed as a code,
  ])('in English, %j finds %s first', (query, code) => {
    expect(searchCountries(english, query)[0]?.code).toBe(code);
  });

  it.each([
    ['Vereinigte Staaten', 'US'],
    ['Großbritannien', 'GB'],
    ['England', 'GB'],
    ['United Kingdom', 'GB'],
    ['Germany', 'DE'],
    ['Niederlande', 'NL'],
    ['Holland', 'NL'],
  ])('in German, %j finds %s first', (query, code) => {
    expect(searchCountries(german, query)[0]?.code).toBe(code);
  });

  it.each([
    ['Bosnia and Herzegovina', 'BA'], // Intl's English name is "Bosnia & Herzegovina"
    ['Bosnia & Herzegovina', 'BA'],
    ['Trinidad and Tobago', 'TT'],
    ['Saint Lucia', 'LC'], // Intl: "St. Lucia"
    ['St Lucia', 'LC'],
    ['St. Kitts', 'KN'], // Intl: "St. Kitts & Nevis"
    ['Saint Kitts and Nevis', 'KN'],
    ["Cote d'Ivoire", 'CI'], // Intl: "Côte d’Ivoire", with a curly apostrophe
    ['Côte d’Ivoire', 'CI'],
    ["côte d'ivoire", 'CI'],
    ['Guinea Bissau', 'GW'],
  ])('official spellings: %j finds %s first', (query, code) => {
    expect(searchCountries(english, query)[0]?.code).toBe(code);
  });

  it('leaving the field with an official spelling selects it ("Saint Lucia", "Bosnia and Herzegovina")', () => {
    expect(onlyMatch(english, 'Saint Lucia')?.code).toBe('LC');
    expect(onlyMatch(english, 'Bosnia and Herzegovina')?.code).toBe('BA');
    expect(onlyMatch(english, "Cote d'Ivoire")?.code).toBe('CI');
  });

  it('"st" typed alone still finds names containing it, after the saints', () => {
    const st = codes(searchCountries(english, 'st'));
    expect(st.indexOf('LC')).toBeLessThan(st.indexOf('EE')); // St. Lucia (prefix) before Estonia (contains)
    expect(st).toContain('AT'); // Austria
  });

  it('German shows German names', () => {
    expect(german.find((o) => o.code === 'DE')?.name).toBe('Deutschland');
  });
});

describe('searchCountries(): ranking', () => {
  it('exact, then names that start with it, then names that contain it', () => {
    // "Niger" is exact; "Nigeria" starts with it; nothing else contains it.
    expect(codes(searchCountries(english, 'niger'))).toEqual(['NE', 'NG']);
    const ind = codes(searchCountries(english, 'ind'));
    expect(ind.slice(0, 2)).toEqual(['IN', 'ID']); // India, Indonesia (prefix), by name
    expect(ind.indexOf('IN')).toBeLessThan(ind.indexOf('IO')); // British Indian Ocean Territory: contains
  });

  it('the guessed region comes first among equals, and first of all with an empty query', () => {
    expect(codes(searchCountries(english, 'united', 'US')).slice(0, 1)).toEqual(['US']);
    expect(codes(searchCountries(english, 'united', null))[0]).toBe('AE'); // United Arab Emirates by name
    expect(searchCountries(english, '', 'DE')[0].code).toBe('DE');
    expect(searchCountries(english, '')).toHaveLength(english.length);
  });

  it('an exact code beats a name that merely contains it', () => {
    expect(searchCountries(english, 'us')[0].code).toBe('US');
    expect(searchCountries(english, 'AU')[0].code).toBe('AU');
  });

  it('two letters typed as a word are the start of a name before they are a code', () => {
    expect(searchCountries(english, 'Ma')[0].code).not.toBe('MA'); // Madagascar, Malta... before Morocco
    expect(codes(searchCountries(english, 'Au')).slice(0, 2).sort()).toEqual(['AT', 'AU']);
  });

  it('full-width letters (a CJK input method) and a pasted flag find the country, as policyFor() reads them', () => {
    expect(searchCountries(english, 'ＤＥ')[0].code).toBe('DE');
    expect(searchCountries(english, 'ｇｅｒｍａｎｙ')[0].code).toBe('DE');
    expect(searchCountries(english, '🇩🇪')[0].code).toBe('DE');
    expect(searchCountries(english, ' 🇬🇧 ')[0].code).toBe('GB');
    expect(onlyMatch(english, '🇫🇷')?.code).toBe('FR');
  });

  it('Swiss spelling without ß finds what German spells with it ("Grossbritannien")', () => {
    expect(searchCountries(german, 'Grossbritannien')[0]?.code).toBe('GB');
    expect(onlyMatch(german, 'GROSSBRITANNIEN')?.code).toBe('GB');
  });

  it('a name or code pasted with invisible characters (soft hyphen, bidi marks) is found as typed', () => {
    expect(searchCountries(german, 'Deutsch\u00ADland')[0]?.code).toBe('DE');
    expect(searchCountries(english, '\u200FGermany\u200F')[0]?.code).toBe('DE');
    expect(onlyMatch(english, '\u2068DE\u2069')?.code).toBe('DE');
  });

  it("a locale written as the browser's _locales folder ('pt_BR') names countries in that language; a malformed one in English", () => {
    expect(searchCountries(searchableCountries('pt_BR'), 'Alemanha')[0]?.name).toBe('Alemanha');
    expect(searchCountries(searchableCountries('!!'), 'DE')[0]?.name).toBe('Germany');
  });

  it('nothing for a place that is no country', () => {
    expect(searchCountries(english, 'Atlantis')).toEqual([]);
  });
});

describe('onlyMatch(): what leaving the field selects', () => {
  it.each([
    ['Holland', 'NL'],
    ['germ', 'DE'],
    ['niger', 'NE'], // exact, though Nigeria starts with it
    ['AU', 'AU'], // a code typed as a code
    ['UK', 'GB'],
  ])('%j selects %s', (query, code) => {
    expect(onlyMatch(english, query)?.code).toBe(code);
  });
  it.each(['', 'ger', 'united', 'zzz', 'Au', 'Ir', 'Es', 'La', 'Ne', 'Cr', 'Ch', 'El'])(
    '%j selects nothing: never a guess',
    (query) => {
      expect(onlyMatch(english, query)).toBeNull();
    },
  );
});

function setup(value: string | null = 'DE', guessed: string | null = null) {
  const onChange = vi.fn();
  render(
    <RegionPicker
      label="Your region"
      hint="Type to change it."
      noMatch={(typed) => `No country matches “${typed}”.`}
      value={value}
      guessed={guessed}
      options={english}
      onChange={onChange}
    />,
  );
  return { onChange, input: screen.getByRole('combobox', { name: 'Your region' }) as HTMLInputElement };
}

const shown = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('RegionPicker', () => {
  it('shows the chosen country by name', () => {
    expect(setup('GB').input.value).toBe('United Kingdom');
  });

  it('typing a synonym lists the country; Enter chooses it', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'Holland' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(shown()[0]).toBe('Netherlands');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('NL');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('arrow keys move the active option, announced through aria-activedescendant', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'united s' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe('United States');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('US');
  });

  it('Escape closes the list and restores the chosen name', () => {
    const { input, onChange } = setup('DE');
    fireEvent.input(input, { target: { value: 'gre' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Germany');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says so in a live region when nothing matches; Enter then changes nothing', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'atlantis' } });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('No country matches “atlantis”.');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'atlanti' } });
    fireEvent.input(input, { target: { value: 'aus' } });
    expect(status.textContent).toBe('');
  });

  it('leaving the field with exactly one match selects it', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'England' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenCalledWith('GB');
  });

  it('leaving the field with several matches, or none, changes nothing and shows the chosen name again', () => {
    const { input, onChange } = setup('DE');
    fireEvent.input(input, { target: { value: 'ger' } }); // Germany, Algeria, Niger, Nigeria...
    fireEvent.blur(input);
    fireEvent.input(input, { target: { value: 'atlantis' } });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(input.value).toBe('Germany');
  });

  it('the guessed region is listed first when the list opens', () => {
    const { input } = setup(null, 'FR');
    fireEvent.click(input);
    expect(shown()[0]).toBe('France');
  });

  it('moving with the arrow keys through a long list scrolls each active option into view', () => {
    const scrolled: string[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
      this: HTMLElement,
    ) {
      scrolled.push(this.textContent ?? '');
    });
    const { input } = setup();
    fireEvent.click(input);
    for (let i = 0; i < 15; i++) fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe(shown()[15]); // the list opened on the first option
    expect(scrolled.at(-1)).toBe(active?.textContent);
    spy.mockRestore();
  });

  it('a mousedown on the list itself (its scrollbar) keeps focus in the field and the list open', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'united' } });
    const list = screen.getByRole('listbox');
    // Not prevented, the browser would move focus out of the field, which closes the list.
    expect(fireEvent.mouseDown(list)).toBe(false);
    // A browser that focuses the list anyway: that blur is not leaving the field.
    fireEvent.blur(input, { relatedTarget: list });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(shown().length).toBeGreaterThan(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a click on an option chooses it', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'gree' } });
    fireEvent.click(screen.getByRole('option', { name: 'Greece' }));
    expect(onChange).toHaveBeenCalledWith('GR');
  });
});
