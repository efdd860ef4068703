import { cleanup, render, screen, within } from '@testing-library/preact';
import { render as renderInto } from 'preact';
import { formatDay } from '../lib/format';
import { factsReviewed, policyFor } from '../lib/policy';
import { PolicyDetails } from './policy-details';

const today = new Date('2026-11-29');

// Files share one DOM (vitest isolate: false) and some leave fixtures in the body: start from an empty one.
beforeEach(() => document.body.replaceChildren());
afterEach(cleanup);

/**
 * The explanation for a place and day, rendered once and put back in each test's empty document: the tests only
 * read it (no clicks, no typing), and many read the same one.
 */
const shown = new Map<string, HTMLElement>();
function show(country: string, day = today) {
  const key = `${country} ${day.toISOString()}`;
  let container = shown.get(key);
  if (!container) {
    container = document.createElement('div');
    renderInto(<PolicyDetails policy={policyFor(country, day)} locale="en" />, container);
    shown.set(key, container);
  }
  document.body.append(container);
  return { container };
}
afterAll(() => {
  for (const container of shown.values()) {
    renderInto(null, container);
    container.remove();
  }
});

const section = (name: RegExp) => screen.getByRole('region', { name }) as HTMLElement;
const linkNamed = (name: RegExp) => screen.queryByRole('link', { name });

describe('PolicyDetails', () => {
  it('names the region in its heading, with one section per topic', () => {
    show('de');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What applies: Germany');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'AI training on your data',
      'Sharing your data with Microsoft for ads',
      'Where to complain',
    ]);
  });

  it('without a known country, says it shows what applies in most of the world', () => {
    render(<PolicyDetails policy={policyFor('XX', today)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What applies in most of the world');
    expect(screen.getByText(/at least since September 2024, when it disclosed this/)).toBeTruthy();
    expect(screen.queryByText(/18 Sept? 2024/)).toBeNull();
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

  it('US: the Microsoft sharing applies, with its setting, GPC, and the form offered as a request', () => {
    show('US');
    expect(screen.getByText(/at least since September 2024/)).toBeTruthy();
    expect(
      screen.getByText(/^Since 3 Nov 2025, LinkedIn shares more of your data with Microsoft/),
    ).toBeTruthy();
    expect(linkNamed(/Share data with affiliates and partners/)?.getAttribute('href')).toBe(
      'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners',
    );
    expect(
      screen.getByText(
        /If “Ads beyond LinkedIn” \(also called “Ads outside of LinkedIn”\) is off, this sharing is off too/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/LinkedIn's help calls it the “Data sharing” setting/)).toBeTruthy();
    expect(
      screen.getByText(/Global Privacy Control signal from your browser also opts you out/),
    ).toBeTruthy();
    expect(screen.getByText(/Opting out does not remove ads/)).toBeTruthy();
    expect(linkNamed(/Open the objection form/)?.getAttribute('href')).toBe(
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    );
    expect(screen.getByText(/Privacy Policy also lets you ask it to stop or limit/)).toBeTruthy();
    expect(screen.queryByText(/legal right to object/)).toBeNull();
    expect(screen.queryByText(/9 November/)).toBeNull();
    expect(
      screen.getByText(
        /Since February 2026, LinkedIn's US privacy text says Microsoft may show these ads anywhere/,
      ),
    ).toBeTruthy();
    expect(linkNamed(/Open Microsoft's privacy dashboard/)?.getAttribute('href')).toBe(
      'https://account.microsoft.com/privacy',
    );
    expect(screen.queryByRole('heading', { name: 'Where to complain' })).toBeNull();
  });

  it.each(['CA', 'HK'])('%s: the Microsoft sharing applies, less certain, with its setting', (code) => {
    show(code);
    const microsoft = section(/Sharing your data with Microsoft/);
    expect(
      within(microsoft).getByText(/^Since 3 Nov 2025, LinkedIn shares more of your data with Microsoft/),
    ).toBeTruthy();
    const status = microsoft.querySelector('[data-claim="ms-status-yes"]') as HTMLElement;
    expect(within(status).getByText(/^Less certain:/)).toBeTruthy();
    expect(within(status).getByRole('link', { name: /^LinkedIn Help: Data sharing/ })).toBeTruthy();
    expect(within(status).getByRole('link', { name: /^LinkedIn Privacy Policy/ })).toBeTruthy();
    expect(linkNamed(/Share data with affiliates and partners/)).toBeTruthy();
    expect(linkNamed(/Open the objection form/)).toBeTruthy();
  });

  it('CA: the pause after the OPC stepped in and the return, with the OPC as a source and where to complain', () => {
    show('CA');
    expect(
      screen.getByText(
        /until it agreed to pause after Canada's Privacy Commissioner \(the OPC\) stepped in; the OPC announced the pause on 10 Dec 2024\. LinkedIn resumed on 3 Nov 2025\./,
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^OPC \(Canada\)/ })[0].getAttribute('href')).toMatch(
      /^https:\/\/www\.priv\.gc\.ca\//,
    );
    expect(linkNamed(/Report a concern to the OPC/)?.getAttribute('href')).toBe(
      'https://www.priv.gc.ca/en/report-a-concern/',
    );
  });

  it("DE: the Garante on timing as the regulator's view, the DPC caveat, and the authorities", () => {
    show('DE');
    expect(
      screen.getByText(
        /Italy's regulator \(the Garante\) takes the view that an objection made before 3 Nov 2025/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/This is the regulator's view, not LinkedIn's/)).toBeTruthy();
    expect(screen.getByText(/The DPC has not approved the training/)).toBeTruthy();
    expect(screen.getByText(/legal right to object/)).toBeTruthy();
    expect(screen.getByText(/not members but whose data appears on LinkedIn can use it too/)).toBeTruthy();
    const complain = section(/Where to complain/);
    expect(
      within(complain).getByText(/Ireland's Data Protection Commission \(DPC\) is LinkedIn's lead authority/),
    ).toBeTruthy();
    expect(within(complain).getByRole('link', { name: /Find your data protection authority/ })).toBeTruthy();
  });

  it('GB: the ICO pause and the return, the Microsoft AI note, and the help text that words it otherwise', () => {
    show('GB');
    expect(screen.getByText(/paused this in the UK on 20 Sept? 2024.*resumed it on 3 Nov 2025/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^ICO \(UK\)/ })[0].getAttribute('href')).toMatch(
      /^https:\/\/ico\.org\.uk\//,
    );
    expect(linkNamed(/Open the objection form/)).toBeTruthy();
    expect(screen.getByText(/this same switch also covers sharing your content with Microsoft/)).toBeTruthy();
    expect(
      screen.getByText(/“outside EU\/EEA\/Switzerland”, wording that would include the UK/),
    ).toBeTruthy();
    expect(linkNamed(/Make a complaint to the ICO/)?.getAttribute('href')).toBe(
      'https://ico.org.uk/make-a-complaint/',
    );
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

  it.each(['GB', 'HK', 'CA'])(
    '%s before 3 Nov 2025: says training will start, and never that it already resumed',
    (code) => {
      const { container } = show(code, new Date('2025-11-02'));
      expect(container.textContent).toMatch(/From 3 Nov 2025, LinkedIn will use members' data here/);
      expect(container.textContent).not.toMatch(/resumed/);
    },
  );

  it.each(['DE', 'GB', 'US', 'CA', 'HK', 'JE', 'XX'])('%s: dates are in words, never ISO', (code) => {
    const { container } = show(code);
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it.each(['DE', 'GB', 'US', 'CA', 'HK', 'JE', 'XX'])(
    '%s: every statement shows its sources, and the explanation says once when the facts were reviewed',
    (code) => {
      const { container } = show(code);
      const statements = [...container.querySelectorAll('[data-claim]')];
      expect(statements).toHaveLength(policyFor(code, today).claims.length);
      for (const statement of statements) {
        const meta = statement.querySelector('.policy-meta');
        expect(meta?.textContent, statement.getAttribute('data-claim') ?? '').toMatch(/^Sources?: .+/);
        expect(meta?.querySelectorAll('a').length).toBeGreaterThan(0);
      }
      expect(
        screen.getAllByText(`Facts last reviewed on ${formatDay(factsReviewed)}.`, { exact: false }),
      ).toHaveLength(1);
      expect(container.textContent).not.toMatch(/checked \d/);
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

  it('marks statements resting on one source as less certain, and only those', () => {
    show('US');
    const statements = [...document.querySelectorAll('[data-claim]')];
    const cautioned = statements
      .filter((s) => within(s as HTMLElement).queryByText(/^Less certain:/))
      .map((s) => s.getAttribute('data-claim'));
    const medium = policyFor('US', today)
      .claims.filter((claim) => claim.confidence === 'med')
      .map((claim) => claim.id);
    expect(cautioned).toEqual(medium);
    expect(medium).toContain('ms-status-yes');
  });

  it('shows dates and country names in the language it is given', () => {
    render(<PolicyDetails policy={policyFor('AT', today)} locale="de" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Österreich');
    expect(screen.getAllByText(/3\. Nov\. 2025/).length).toBeGreaterThan(0);
  });
});
