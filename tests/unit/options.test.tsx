// The options page over the real storage module and WXT's fake browser: reminder, "don't guide me", receipt, delete.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/App';
import { localNoon } from './local-noon';
import { until } from './until';

const now = () => new Date(localNoon('2026-11-29'));
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
afterEach(cleanup);

async function openOptions(values: Record<string, unknown> = {}, save = vi.fn()) {
  await fakeBrowser.storage.local.set(values);
  render(<OptionsApp now={now} save={save} />);
  await screen.findByRole('combobox', { name: 'Your region' });
  return { save };
}

describe('options: the region', () => {
  it('follows a choice made in the popup while the page is open', async () => {
    await openOptions({ region: 'FR' });
    const field = screen.getByRole('combobox', { name: 'Your region' }) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('France'));
    await fakeBrowser.storage.local.set({ region: 'DE' });
    await waitFor(() => expect(field.value).toBe('Germany'));
  });
});

describe('options: reminder', () => {
  it('is off by default; choosing 3 months stores a due date and says how it will remind', async () => {
    await openOptions();
    const select = screen.getByRole('combobox', { name: /Remind me/ }) as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: '3' } });
    await until(async () => expect(await stored('reminder')).toMatchObject({ months: 3 }));
    // 29 Nov + 3 months: there is no 29 Feb in 2027, so the last day of February.
    expect(screen.getByText(/A dot on the toolbar button on 28 Feb 2027/)).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    await until(async () => expect((await stored('reminder')) ?? null).toBeNull());
    expect(screen.queryByText(/A dot on the toolbar button/)).toBeNull();
  });
});

describe('options: a reminder whose day has passed', () => {
  it('says since when it is due and what clears the dot, not that a dot "will" remind on a past day', async () => {
    // Local noon: the same calendar day in every time zone the tests run in (TZ=Pacific/Kiritimati, Pacific/Pago_Pago).
    await openOptions({ reminder: { months: 3, due: new Date(2026, 10, 1, 12).toISOString() } });
    await waitFor(() => expect(screen.getByText(/^Due since 1 Nov 2026: /)).toBeTruthy());
    expect(screen.getByText(/until you finish a checkup/)).toBeTruthy();
    expect(screen.queryByText(/will remind you/)).toBeNull();
  });

  it("goes by the page's clock: a day still ahead of it is to come", async () => {
    await openOptions({ reminder: { months: 3, due: new Date(now().getTime() + 1000).toISOString() } });
    await waitFor(() => expect(screen.getByText(/on 29 Nov 2026 will remind you/)).toBeTruthy());
  });
});

describe("options: don't guide me", () => {
  it('lists the stored settings ticked; unticking one undoes it, ticking another adds it', async () => {
    await openOptions({ keepOn: ['research'] });
    const research = screen.getByRole('checkbox', {
      name: 'Research with third parties',
    }) as HTMLInputElement;
    await waitFor(() => expect(research.checked).toBe(true));
    fireEvent.click(research);
    await until(async () => expect(await stored('keepOn')).toEqual([]));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Measure ad success' }));
    await until(async () => expect(await stored('keepOn')).toEqual(['ads-measurement']));
  });

  it('garbage in storage shows nothing ticked', async () => {
    await openOptions({ keepOn: 'everything' });
    for (const box of screen.getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(false);
  });
});

describe('options: receipt', () => {
  it('downloads the record as text and as JSON', async () => {
    const { save } = await openOptions({
      record: { 'ai-training': { state: 'off', seenAt: localNoon('2026-11-29') } },
      record$: { v: 2 },
    });
    await until(async () => expect(await stored('record')).toBeTruthy());
    await new Promise((r) => setTimeout(r, 0));
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
    expect(json.settings[0]).toMatchObject({ setting: 'ai-training', state: 'off' });
    expect(screen.getByText('Saved to your downloads.')).toBeTruthy();
  });
});

describe('options: the receipt file is named for the day it states', () => {
  // Just after and just before local midnight: the UTC day differs there east and west of UTC (run with
  // TZ=Pacific/Kiritimati or TZ=Pacific/Pago_Pago, as `npm test` does).
  it.each([[new Date(2026, 10, 29, 0, 30)], [new Date(2026, 10, 29, 23, 30)]])('at %s', async (at) => {
    const save = vi.fn();
    await fakeBrowser.storage.local.set({});
    render(<OptionsApp now={() => at} save={save} />);
    await screen.findByRole('combobox', { name: 'Your region' });
    fireEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(save.mock.lastCall?.[0]).toBe('linkedin-settings-2026-11-29.txt');
    expect(save.mock.lastCall?.[2]).toMatch(
      /^LinkedIn privacy settings as seen in this browser — receipt of 29 Nov 2026 /,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download .json' }));
    expect(save.mock.lastCall?.[0]).toBe('linkedin-settings-2026-11-29.json');
  });
});

describe('options: delete everything', () => {
  const everything = {
    region: 'DE',
    record: { 'ai-training': { state: 'off', seenAt: '2026-11-29T09:00:00.000Z' } },
    record$: { v: 2 },
    checkup: { steps: ['research'], startedAt: '2026-11-29T09:00:00Z', finishedAt: null },
    reminder: { months: 6, due: '2027-05-29T10:00:00.000Z' },
    keepOn: ['research'],
  };

  it('asks in the page first; Cancel keeps everything', async () => {
    await openOptions(everything);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(screen.getByText(/This cannot be undone/)).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject(everything);
    // The confirmation is gone: focus lands on the button that asked, not on the page's body.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything' })),
    );
  });

  it('Escape in the confirmation cancels it like Cancel, and focus goes back to the button that asked', async () => {
    await openOptions(everything);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByText(/This cannot be undone/)).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject(everything);
  });

  it('after the confirmation, storage is empty, the page shows the defaults and says so', async () => {
    await openOptions(everything);
    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: 'Research with third parties' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByText(/Everything was deleted/)).toBeTruthy());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(
      (screen.getByRole('checkbox', { name: 'Research with third parties' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('combobox', { name: /Remind me/ }) as HTMLSelectElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything' }));
  });
});
