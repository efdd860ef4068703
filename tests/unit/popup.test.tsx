// The popup as the member meets it: App with the real storage module over WXT's fake browser.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';

const now = () => new Date('2026-11-29T10:00:00Z');
afterEach(cleanup);

async function openPopup(
  stored: Record<string, unknown> = {},
  props: Partial<Parameters<typeof App>[0]> = {},
) {
  await fakeBrowser.storage.local.set(stored);
  const onOpened = vi.fn();
  render(<App now={now} onOpened={onOpened} {...props} />);
  const input = (await screen.findByRole('combobox', { name: 'Your region' })) as HTMLInputElement;
  return { input, onOpened };
}

async function chooseRegion(input: HTMLInputElement, name: string) {
  fireEvent.input(input, { target: { value: name } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(input.value).toBe(name));
}

const row = (id: string) => document.querySelector(`[data-setting="${id}"]`) as HTMLElement;

describe('popup: what applies to me', () => {
  it('changing the region changes the explanation, and the choice is remembered', async () => {
    const { input } = await openPopup({ region: 'US' });
    expect(input.value).toBe('United States');
    expect(screen.queryByText(/legal right to object/)).toBeNull();
    await chooseRegion(input, 'Germany');
    expect(screen.getAllByText(/legal right to object/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: /Germany/ })).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('region')).toEqual({ region: 'DE' });
  });

  it('a corrupted stored region falls back to the guess and breaks nothing', async () => {
    const { input } = await openPopup({ region: { evil: true } });
    expect(screen.getByText(/Guessed from your browser/)).toBeTruthy();
    expect(typeof input.value).toBe('string');
  });

  it('everything interactive is reachable by keyboard', async () => {
    await openPopup({ region: 'FR' });
    const interactive = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select')];
    expect(interactive.length).toBeGreaterThan(10);
    for (const element of interactive) {
      expect(element.tabIndex, element.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(0);
      expect(element.hasAttribute('disabled')).toBe(false);
      // Every control has a name a screen reader can say.
      expect((element.textContent || element.getAttribute('aria-label') || element.id).trim()).not.toBe('');
    }
  });

  it('"Open the setting" opens the AI-training page in a new tab when the active tab is not LinkedIn', async () => {
    const { onOpened } = await openPopup({ region: 'DE' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Open the setting' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      }),
    );
  });

  it('"Open the setting" reuses the active tab when it shows LinkedIn\'s settings', async () => {
    // The fake browser does not track the active tab: answer the popup's query as Chrome would.
    const url = 'https://www.linkedin.com/mypreferences/d/categories/privacy';
    const tab = { id: 5, url, active: true } as Browser.tabs.Tab;
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const { onOpened } = await openPopup({ region: 'DE' });
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue(tab);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Open the setting' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith(
      tab.id,
      expect.objectContaining({ url: expect.stringContaining('data-for-ai-improvement') }),
    );
    expect(create).not.toHaveBeenCalled();
  });
});

describe('popup: checklist', () => {
  const record = {
    'ai-training': { state: 'off', seenAt: '2026-11-20T09:00:00.000Z' },
    'ads-beyond-linkedin': { state: 'on', seenAt: '2026-11-21T09:00:00.000Z' },
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
    await waitFor(() => expect(create).toHaveBeenCalled());
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

  it('after "Done" the popup shows a summary', async () => {
    const checkup = {
      steps: ['ai-training', 'ads-beyond-linkedin'],
      startedAt: '2026-11-29T09:00:00Z',
      finishedAt: '2026-11-29T09:30:00Z',
    };
    await openPopup({ region: 'US', record, record$: { v: 2 }, checkup });
    expect(
      await screen.findByText(/Checkup done on 29 Nov 2026: 1 of 2 settings off\. 1 still on/),
    ).toBeTruthy();
  });
});

describe('popup: reminder', () => {
  it('is off by default; choosing 3 months stores a due date and says how it will remind', async () => {
    await openPopup({ region: 'US' });
    const select = screen.getByRole('combobox', { name: /Remind me/ }) as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: '3' } });
    await waitFor(async () => {
      const { reminder } = await fakeBrowser.storage.local.get('reminder');
      expect(reminder).toMatchObject({ months: 3 });
    });
    // 29 Nov + 3 months: there is no 29 Feb in 2027, so the last day of February.
    expect(screen.getByText(/A dot on the toolbar button on 28 Feb 2027/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('reminder')).reminder ?? null).toBeNull(),
    );
    expect(screen.queryByText(/A dot on the toolbar button/)).toBeNull();
  });

  it('shows a line when the reminder is due', async () => {
    await openPopup({ region: 'US', reminder: { months: 6, due: '2026-11-01T00:00:00.000Z' } });
    expect(await screen.findByText(/Time to re-check your LinkedIn settings/)).toBeTruthy();
  });
});

describe('popup: receipt', () => {
  it('downloads the record as text and as JSON', async () => {
    const save = vi.fn();
    await openPopup(
      {
        region: 'US',
        record: { 'ai-training': { state: 'off', seenAt: '2026-11-29T09:00:00.000Z' } },
        record$: { v: 2 },
      },
      { save },
    );
    await waitFor(() => expect(row('ai-training').textContent).toContain('Off'));
    fireEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(save).toHaveBeenLastCalledWith(
      'linkedin-settings-2026-11-29.txt',
      'text/plain',
      expect.any(String),
    );
    expect(save.mock.lastCall?.[2]).toContain(
      'Data for Generative AI Improvement: Off, seen 29 Nov 2026 on linkedin.com',
    );
    expect(save.mock.lastCall?.[2]).toContain('Research with third parties: not checked yet');
    fireEvent.click(screen.getByRole('button', { name: 'Download .json' }));
    const json = JSON.parse(save.mock.lastCall?.[2]);
    expect(json.settings[0]).toMatchObject({
      setting: 'ai-training',
      state: 'off',
      seenAt: '2026-11-29T09:00:00.000Z',
    });
    expect(screen.getByText('Saved to your downloads.')).toBeTruthy();
  });
});
