import { cleanup, render, screen, within } from '@testing-library/preact';
import { policyFor } from '../lib/policy';
import { PolicyDetails } from './policy-details';

const today = new Date('2026-11-29');

afterEach(cleanup);

function show(country: string, day = today) {
  return render(<PolicyDetails policy={policyFor(country, day)} locale="en" />);
}

const section = (name: RegExp) => screen.getByRole('region', { name }) as HTMLElement;
const linkNamed = (name: RegExp) => screen.queryByRole('link', { name });

describe('PolicyDetails', () => {
  it('names the region in its heading, with one section per topic', () => {
    show('de');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What applies: Germany');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'AI training on your data',
      'Sharing your data with Microsoft for ads',
    ]);
  });

  it('without a known country, says it shows what applies in most of the world', () => {
    render(<PolicyDetails policy={policyFor('XX', today)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What applies in most of the world');
    expect(screen.getByText(/Since about 18 Sept? 2024/)).toBeTruthy();
  });

  it('DE: since when, on by default, what is and is not used, and the objection form', () => {
    show('DE');
    expect(screen.getByText(/^Since 3 Nov 2025, LinkedIn uses members' data here/)).toBeTruthy();
    expect(screen.getByText(/is On unless you turn it off/)).toBeTruthy();
    expect(screen.getByText(/under 18/)).toBeTruthy();
    expect(screen.getByText(/does not undo training that already happened/)).toBeTruthy();
    expect(screen.getByText(/covers only AI that creates content/)).toBeTruthy();
    const leftOut = screen.getByText('What LinkedIn leaves out:').parentElement as HTMLElement;
    expect(within(leftOut).getByRole('list').textContent).toContain(
      'Your private messages (InMail and your inbox)',
    );
    const used = screen.getByText('What LinkedIn can use:').parentElement as HTMLElement;
    expect(within(used).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(linkNamed(/Open the objection form/)?.getAttribute('href')).toBe(
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    );
  });

  it('DE: the Microsoft sharing does not apply, and no setting for it is offered', () => {
    show('DE');
    expect(screen.getByText(/sharing of your data with Microsoft for ads does not apply here/)).toBeTruthy();
    expect(linkNamed(/Share data with affiliates and partners/)).toBeNull();
    expect(screen.queryByText(/Global Privacy Control/)).toBeNull();
  });

  it('DE: says where sources disagree on the date', () => {
    show('DE');
    expect(
      screen.getByText("Some press reported 9 November 2025; LinkedIn's own date is 3 November 2025."),
    ).toBeTruthy();
  });

  it('US: the Microsoft sharing applies, with its setting, GPC, and no objection form', () => {
    show('US');
    expect(screen.getByText(/^Since about 18 Sept? 2024, when the setting appeared/)).toBeTruthy();
    expect(
      screen.getByText(/^Since 3 Nov 2025, LinkedIn shares more of your data with Microsoft/),
    ).toBeTruthy();
    expect(linkNamed(/Share data with affiliates and partners/)?.getAttribute('href')).toBe(
      'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners',
    );
    expect(screen.getByText(/If “Ads beyond LinkedIn” is off, this sharing is off too/)).toBeTruthy();
    expect(
      screen.getByText(/Global Privacy Control signal from your browser also opts you out/),
    ).toBeTruthy();
    expect(screen.getByText(/Opting out does not remove ads/)).toBeTruthy();
    expect(linkNamed(/objection form/)).toBeNull();
    expect(screen.getByText(/only to members in the EU, EEA, Switzerland and the UK/)).toBeTruthy();
    expect(screen.queryByText(/9 November/)).toBeNull();
  });

  it.each(['CA', 'HK'])('%s: the Microsoft sharing is unclear, and the popup says so', (code) => {
    show(code);
    const microsoft = section(/Sharing your data with Microsoft/);
    expect(within(microsoft).getByText(/^It is unclear whether/)).toBeTruthy();
    expect(
      within(microsoft).getByText(/don't say whether this sharing covers Canada and Hong Kong/),
    ).toBeTruthy();
    expect(within(microsoft).getByText(/^Uncertain:/)).toBeTruthy();
    expect(linkNamed(/Share data with affiliates and partners/)).toBeTruthy();
    expect(linkNamed(/objection form/)).toBeNull();
  });

  it('GB: the ICO pause and the return, with the ICO as a source', () => {
    show('GB');
    expect(screen.getByText(/paused this in the UK on 20 Sept? 2024.*resumed it on 3 Nov 2025/)).toBeTruthy();
    expect(linkNamed(/^ICO \(UK\)/)?.getAttribute('href')).toMatch(/^https:\/\/ico\.org\.uk\//);
    expect(linkNamed(/Open the objection form/)).toBeTruthy();
  });

  it('JE: says LinkedIn does not name it, on each point that depends on it', () => {
    show('JE');
    expect(screen.getAllByText(/name the UK but not Guernsey, Jersey/)).toHaveLength(3);
  });

  it('before the start, says what will happen instead of what has', () => {
    show('DE', new Date('2025-11-02'));
    expect(screen.getByText(/^From 3 Nov 2025, LinkedIn will use members' data here/)).toBeTruthy();
    show('US', new Date('2025-11-02'));
    expect(screen.getByText(/^From 3 Nov 2025, LinkedIn will share more of your data/)).toBeTruthy();
  });

  it.each(['DE', 'GB', 'US', 'CA', 'HK', 'JE', 'XX'])('%s: dates are in words, never ISO', (code) => {
    const { container } = show(code);
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(screen.getAllByText(/checked 29 Nov 2026/).length).toBeGreaterThan(5);
  });

  it.each(['DE', 'GB', 'US', 'CA', 'HK', 'JE', 'XX'])(
    '%s: every statement shows its sources and check date',
    (code) => {
      const { container } = show(code);
      const statements = [...container.querySelectorAll('[data-claim]')];
      expect(statements).toHaveLength(policyFor(code, today).claims.length);
      for (const statement of statements) {
        const meta = statement.querySelector('.policy-meta');
        expect(meta?.textContent, statement.getAttribute('data-claim') ?? '').toMatch(
          /^Sources?: .+ · checked /,
        );
        expect(meta?.querySelectorAll('a').length).toBeGreaterThan(0);
      }
    },
  );

  it.each(['DE', 'GB', 'US', 'CA', 'HK', 'JE', 'XX'])(
    '%s: every link is https and opens in a new tab',
    (code) => {
      show(code);
      const links = screen.getAllByRole('link');
      expect(links.length).toBeGreaterThan(5);
      for (const link of links) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toContain('noreferrer');
        expect(link.textContent).toContain('(opens in a new tab)');
      }
    },
  );

  it('marks statements resting on one source as less certain', () => {
    show('US');
    const microsoft = section(/Sharing your data with Microsoft/);
    expect(within(microsoft).getByText(/^Less certain:/)).toBeTruthy();
    const ai = section(/AI training on your data/);
    expect(within(ai).queryByText(/^(Less certain|Uncertain):/)).toBeNull();
  });

  it('shows dates and country names in the language it is given', () => {
    render(<PolicyDetails policy={policyFor('AT', today)} locale="de" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Österreich');
    expect(screen.getByText(/3\. Nov\. 2025/)).toBeTruthy();
  });
});
