// The popup as the member meets it: App with the real storage module over WXT's fake browser.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { localNoon } from './local-noon';
import { until } from './until';

const now = () => new Date('2026-11-29T10:00:00Z');
afterEach(cleanup);
// The picker is its own chunk, imported on "Change": transformed once here, not inside a test's wait on a busy machine.
beforeAll(() => Promise.all([import('@/entrypoints/popup/region-panel'), import('@/lib/region')]));

async function openPopup(
  stored: Record<string, unknown> = {},
  props: Partial<Parameters<typeof App>[0]> = {},
) {
  await fakeBrowser.storage.local.set(stored);
  const onOpened = vi.fn();
  render(<App now={now} onOpened={onOpened} {...props} />);
  const line = await screen.findByText(/^Rules for /);
  return { line, onOpened };
}

/** Opens the picker from the region line, types the name and presses Enter. */
async function chooseRegion(name: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Change your region' }));
  // The picker loads on demand (its own chunk): wait for it as the member would.
  const input = await screen.findByRole('combobox', { name: 'Your region' });
  fireEvent.input(input, { target: { value: name } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(screen.getByText(`Rules for ${name}`)).toBeTruthy());
}

const row = (id: string) => document.querySelector(`[data-setting="${id}"]`) as HTMLElement;

describe('popup: what applies to me', () => {
  it('changing the region changes the explanation, and the choice is remembered', async () => {
    const { line } = await openPopup({ region: 'US' });
    expect(line.textContent).toBe('Rules for United States');
    expect(screen.queryByText(/legal right to object/)).toBeNull();
    await chooseRegion('Germany');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getAllByText(/legal right to object/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: /Germany/ })).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('region')).toEqual({ region: 'DE' });
  });

  it('a corrupted stored region falls back to the guess and says so', async () => {
    const { line } = await openPopup({ region: { evil: true } });
    expect(line.textContent).toMatch(/^Rules for (.+ \(guessed\)|most of the world \(region unknown\))$/);
  });

  it('everything interactive is reachable by keyboard', async () => {
    await openPopup({ region: 'FR' });
    const interactive = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select')];
    expect(interactive.length).toBeGreaterThan(8);
    for (const element of interactive) {
      expect(element.tabIndex, element.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(0);
      expect(element.hasAttribute('disabled')).toBe(false);
      // Every control has a name a screen reader can say.
      expect((element.textContent || element.getAttribute('aria-label') || element.id).trim()).not.toBe('');
    }
  });

  it('"Open LinkedIn\'s AI-training setting" opens the AI-training page in a new tab when the active tab is not LinkedIn', async () => {
    const { onOpened } = await openPopup({ region: 'DE' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: "Open LinkedIn's AI-training setting" }));
    await until(() => expect(onOpened).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      }),
    );
  });

  it('"Open LinkedIn\'s AI-training setting" reuses the active tab when it shows LinkedIn\'s settings', async () => {
    // The fake browser does not track the active tab: answer the popup's query as Chrome would.
    const url = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
    const tab = { id: 5, url, active: true } as Browser.tabs.Tab;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const { onOpened } = await openPopup({ region: 'DE' });
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue(tab);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: "Open LinkedIn's AI-training setting" }));
    await until(() => expect(onOpened).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith(
      tab.id,
      expect.objectContaining({ url: expect.stringContaining('data-for-ai-improvement') }),
    );
    expect(create).not.toHaveBeenCalled();
  });
});

describe('popup: when the browser does not open a page', () => {
  it('names the page the member asked for, to go there by hand', async () => {
    await openPopup({ region: 'US' });
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('Tabs cannot be edited right now'));
    fireEvent.click(row('research').querySelector('a') as HTMLElement);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The browser did not open the page. Go to linkedin.com/mypreferences/d/settings/policy-and-academic-research.',
    );
    fireEvent.click(screen.getByRole('button', { name: "Open LinkedIn's AI-training setting" }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('/settings/data-for-ai-improvement.'),
    );
  });
});

describe('popup: checklist', () => {
  const record = {
    'ai-training': { state: 'off', seenAt: localNoon('2026-11-20') },
    'ads-beyond-linkedin': { state: 'on', seenAt: localNoon('2026-11-21') },
  };

  it('shows each setting with the state last seen and its date, or "Not checked yet"', async () => {
    await openPopup({ region: 'US', record, record$: { v: 2 } });
    await waitFor(() => expect(row('ai-training').textContent).toContain('Off · seen 20 Nov 2026'));
    expect(row('ads-beyond-linkedin').textContent).toContain('On · seen 21 Nov 2026');
    expect(row('research').textContent).toContain('Not checked yet');
  });

  it.each([
    ['DE', 'does not apply here', 'legal right to object'],
    ['GB', 'does not apply here', 'legal right to object'],
    ['CA', 'shares your data with Microsoft for ads here', 'ask LinkedIn to stop or limit'],
    ['HK', 'shares your data with Microsoft for ads here', 'ask LinkedIn to stop or limit'],
    ['US', 'shares your data with Microsoft for ads here', 'ask LinkedIn to stop or limit'],
  ])('in %s the partner-sharing item says %j and the objection form says %j', async (code, sharing, form) => {
    await openPopup({ region: code });
    expect(row('partner-sharing').textContent).toContain(sharing);
    expect(row('objection-form').textContent).toContain(form);
  });

  it("names LinkedIn's other names for the sharing settings, where a member would search", async () => {
    await openPopup({ region: 'US' });
    expect(row('partner-sharing').textContent).toContain('Also called “Data sharing”');
    expect(row('ads-beyond-linkedin').textContent).toContain('Also called “Ads outside of LinkedIn”');
  });

  it('the objection form is a plain link the member follows; nothing is filled in', async () => {
    await openPopup({ region: 'IE' });
    const link = within(row('objection-form')).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
  });

  it('"Start checkup" plans the settings not yet seen off (no partner sharing where it does not apply) and opens the first', async () => {
    await openPopup({ region: 'DE', record, record$: { v: 2 } });
    await waitFor(() => expect(row('ai-training').textContent).toContain('Off'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Start checkup' }));
    await until(() => expect(create).toHaveBeenCalled());
    const { checkup } = (await fakeBrowser.storage.local.get('checkup')) as { checkup: { steps: string[] } };
    expect(checkup.steps).toEqual([
      'ads-beyond-linkedin',
      'ads-third-party-data',
      'ads-measurement',
      'research',
    ]);
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringContaining('/settings/ads-beyond-linkedin') }),
    );
  });
});

describe('popup: status first', () => {
  const seen = (state: 'on' | 'off', day = '2026-11-20') => ({ state, seenAt: localNoon(day) });
  const status = () => document.querySelector('#status-line')?.textContent;
  const primary = () => document.querySelector('.status .primary')?.textContent;

  it('not seen yet: the one next action opens the AI-training setting', async () => {
    await openPopup({ region: 'DE' });
    expect(status()).toBe('Not seen yet');
    expect(primary()).toBe("Open LinkedIn's AI-training setting");
    // The status comes before everything else the member reads.
    const first = document.querySelector('main h2');
    expect(first?.textContent).toBe('AI training on your data');
  });

  it('On with its date; Off with its date, and then the next action checks the related settings', async () => {
    await openPopup({ region: 'US', record: { 'ai-training': seen('on') }, record$: { v: 2 } });
    await waitFor(() => expect(status()).toBe('On — seen on 20 Nov 2026'));
    expect(primary()).toBe("Open LinkedIn's AI-training setting");
    // The content script records Off while the popup is open: the status line follows at once.
    await fakeBrowser.storage.local.set({ record: { 'ai-training': seen('off', '2026-11-29') } });
    await waitFor(() => expect(status()).toBe('Off — seen on 29 Nov 2026'));
    expect(primary()).toBe('Check the related settings');
  });

  it('when every setting that applies was seen Off or is kept on, the action only looks again', async () => {
    const record = {
      'ai-training': seen('off'),
      'ads-beyond-linkedin': seen('off'),
      'ads-third-party-data': seen('off'),
      'ads-measurement': seen('off'),
    };
    await openPopup({ region: 'DE', record, record$: { v: 2 }, keepOn: ['research'] });
    await waitFor(() => expect(primary()).toBe('Look at the AI-training setting again'));
  });

  it('with AI training kept on, the one next action no longer pushes it', async () => {
    await openPopup({
      region: 'US',
      record: { 'ai-training': seen('on') },
      record$: { v: 2 },
      keepOn: ['ai-training'],
    });
    await waitFor(() => expect(primary()).toBe('Check the related settings'));
  });

  it('settings kept on are left out of the checkup', async () => {
    await openPopup({ region: 'US', keepOn: ['research', 'partner-sharing'] });
    vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Start checkup' }));
    await until(async () => expect((await fakeBrowser.storage.local.get('checkup')).checkup).toBeTruthy());
    const { checkup } = (await fakeBrowser.storage.local.get('checkup')) as { checkup: { steps: string[] } };
    expect(checkup.steps).not.toContain('research');
    expect(checkup.steps).not.toContain('partner-sharing');
  });

  // Every setting but the Microsoft sharing, which does not apply in the EU.
  const keptOnButPartnerSharing = [
    'ai-training',
    'ads-beyond-linkedin',
    'ads-third-party-data',
    'ads-measurement',
    'research',
  ];

  it('with every setting that applies kept on, the checkup says why there is nothing to walk and leads to the options', async () => {
    const keepOn = keptOnButPartnerSharing;
    const { onOpened } = await openPopup({ region: 'DE', keepOn });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const openOptionsPage = vi.fn(async () => {});
    Object.assign(fakeBrowser.runtime, { openOptionsPage });
    // No button that does nothing: the panel says why, and its button goes where the choice can be undone.
    expect(screen.queryByRole('button', { name: 'Start checkup' })).toBeNull();
    expect(screen.getByText(/You chose not to be guided for any setting that applies here/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the options to be guided again' }));
    await until(() => expect(onOpened).toHaveBeenCalled());
    expect(openOptionsPage).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('checkup')).checkup).toBeUndefined();
  });

  it('in the US, the Microsoft sharing kept on too: the same, since it applies there', async () => {
    const keepOn = keptOnButPartnerSharing;
    await openPopup({ region: 'US', keepOn });
    expect(screen.getByRole('button', { name: 'Start checkup' })).toBeTruthy();
    cleanup();
    await fakeBrowser.storage.local.clear();
    await openPopup({ region: 'US', keepOn: [...keepOn, 'partner-sharing'] });
    expect(screen.queryByRole('button', { name: 'Start checkup' })).toBeNull();
  });

  it('the region is one line; Change opens the picker with focus in it', async () => {
    const { line } = await openPopup({ region: 'DE' });
    expect(line.textContent).toBe('Rules for Germany');
    expect(screen.queryByRole('combobox')).toBeNull();
    const change = screen.getByRole('button', { name: 'Change your region' });
    expect(change.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(change);
    expect(change.getAttribute('aria-expanded')).toBe('true');
    const field = await screen.findByRole('combobox', { name: 'Your region' });
    await until(() => expect(document.activeElement).toBe(field));
  });

  it('after choosing a region, keyboard focus is back on Change, not lost to the page', async () => {
    await openPopup({ region: 'DE' });
    await chooseRegion('France');
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change your region' }));
  });

  it('before storage answers, the status claims nothing (no "Not seen yet" for a switch seen Off)', async () => {
    await fakeBrowser.storage.local.set({
      region: 'DE',
      record: { 'ai-training': seen('off') },
      record$: { v: 2 },
    });
    render(<App now={now} onOpened={vi.fn()} />);
    // The first frame, before the stored record is read.
    expect(status()).toBe('');
    expect(document.querySelector('.status')?.getAttribute('aria-busy')).toBe('true');
    expect(primary()).toBeUndefined();
    await waitFor(() => expect(status()).toBe('Off — seen on 20 Nov 2026'));
    expect(document.querySelector('.status')?.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('popup: settings that do not apply', () => {
  it('in Germany the Microsoft sharing row says it does not apply instead of "Not checked yet"', async () => {
    await openPopup({ region: 'DE' });
    expect(row('partner-sharing').querySelector('.check-state')?.textContent).toBe(
      "Doesn't apply in your region",
    );
    expect(row('research').querySelector('.check-state')?.textContent).toBe('Not checked yet');
    // The counts beside the collapsed list add up to the whole list.
    expect(document.querySelector('.settings-counts')?.textContent).toBe(
      "Off: 0 · Not checked: 5 · Doesn't apply in your region: 1 · 6 settings in all",
    );
  });
});

describe('popup: checkup summary', () => {
  const day = localNoon('2026-11-28');
  const off = { state: 'off', seenAt: day };
  const checkup = { steps: ['research'], startedAt: day, finishedAt: localNoon('2026-11-29') };

  it('counts the whole list; a setting that does not apply is not "not checked"', async () => {
    const record = {
      'ai-training': off,
      'ads-beyond-linkedin': off,
      'ads-third-party-data': off,
      'ads-measurement': off,
      research: off,
    };
    await openPopup({ region: 'DE', record, record$: { v: 2 }, checkup });
    const summary = await screen.findByText(/^Checkup done on/);
    // Five Off and the Microsoft sharing, which does not apply in Germany: six, the whole list.
    expect(summary.textContent).toBe(
      "Checkup done on 29 Nov 2026 · Off: 5 · Doesn't apply in your region: 1 · 6 settings in all",
    );
  });

  it('in the US the same record leaves one setting not checked', async () => {
    const record = { 'ai-training': off, research: { state: 'on', seenAt: day } };
    await openPopup({ region: 'US', record, record$: { v: 2 }, checkup });
    const summary = await screen.findByText(/^Checkup done on/);
    expect(summary.textContent).toBe(
      'Checkup done on 29 Nov 2026 · Off: 1 · On: 1 · Not checked: 4 · 6 settings in all',
    );
  });
});

describe('popup: options', () => {
  it('the footer opens the options page', async () => {
    const { onOpened } = await openPopup({ region: 'US' });
    const openOptionsPage = vi.fn(async () => {});
    Object.assign(fakeBrowser.runtime, { openOptionsPage });
    fireEvent.click(screen.getByRole('button', { name: /^Options/ }));
    await until(() => expect(onOpened).toHaveBeenCalled());
    expect(openOptionsPage).toHaveBeenCalled();
  });
});
