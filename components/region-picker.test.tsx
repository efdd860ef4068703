import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { filterCountries, RegionPicker } from './region-picker';

const options = [
  { code: 'AT', name: 'Austria' },
  { code: 'DE', name: 'Germany' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'GR', name: 'Greece' },
  { code: 'US', name: 'United States' },
  { code: 'AX', name: 'Åland Islands' },
];

afterEach(cleanup);

describe('filterCountries()', () => {
  it.each([
    ['uni', ['GB', 'US']],
    ['UK', ['GB']],
    ['el', ['GR']],
    ['aland', ['AX']],
    ['  germ ', ['DE']],
    ['kingdom', ['GB']],
    ['zzz', []],
  ])('filterCountries() for %j', (query, codes) => {
    expect(filterCountries(options, query).map((o) => o.code)).toEqual(codes);
  });
  it('filterCountries() with an empty query lists everything', () => {
    expect(filterCountries(options, '')).toHaveLength(options.length);
  });
});

function setup(value: string | null = 'DE') {
  const onChange = vi.fn();
  render(
    <RegionPicker
      label="Your region"
      hint="Type to change it."
      noMatch="No country matches"
      value={value}
      options={options}
      onChange={onChange}
    />,
  );
  return { onChange, input: screen.getByRole('combobox', { name: 'Your region' }) as HTMLInputElement };
}

describe('RegionPicker', () => {
  it('shows the chosen country by name', () => {
    expect(setup('GB').input.value).toBe('United Kingdom');
  });

  it('typing then Enter chooses the first match', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'aus' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Austria']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('AT');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('arrow keys move the active option, announced through aria-activedescendant', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'united' } });
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

  it('says so when nothing matches, and Enter then changes nothing', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'atlantis' } });
    expect(screen.getByText('No country matches')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a click on an option chooses it', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: 'gree' } });
    fireEvent.click(screen.getByRole('option', { name: 'Greece' }));
    expect(onChange).toHaveBeenCalledWith('GR');
  });
});
