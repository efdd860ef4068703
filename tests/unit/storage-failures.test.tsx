// When the browser refuses to write (storage full: "QUOTA_BYTES quota exceeded"), each page says so and shows what is
// really stored, instead of a choice that is gone the next time the page opens.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/App';
import { App } from '@/entrypoints/popup/App';
import { WelcomeApp } from '@/entrypoints/welcome/App';

const now = () => new Date('2026-11-29T10:00:00Z');
const failed = 'The browser did not save the change. Try again.';
afterEach(cleanup);
beforeAll(() => import('@/entrypoints/popup/region-panel'));

/** From now on every write to storage.local fails the way Chrome's does when the quota is used up. */
const refuseWrites = () =>
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded.'));

async function choose(name: string) {
  const input = await screen.findByRole('combobox', { name: 'Your region' });
  fireEvent.input(input, { target: { value: name } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('a read the browser refuses', () => {
  it('popup: the status says it does not know, never "Not seen yet" about a switch it may have seen Off', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('An unexpected error occurred'));
    render(<App now={now} onOpened={vi.fn()} />);
    await screen.findByText(/^Rules for /);
    await waitFor(() => expect(document.querySelector('#status-line')?.textContent).toBe('Not known'));
    expect(document.querySelector('.status-body')?.textContent).toMatch(
      /did not hand over what this extension stored/,
    );
    // The way to find out stays: LinkedIn's own page shows the switch.
    expect(screen.getByRole('button', { name: "Open LinkedIn's AI-training setting" })).toBeTruthy();
  });
});

describe('a read the browser refuses, then a change', () => {
  it('options: ticking "don\'t guide me" does not write over the stored list it could not read', async () => {
    await fakeBrowser.storage.local.set({ keepOn: ['research'] });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('An unexpected error occurred'));
    render(<OptionsApp now={now} save={vi.fn()} />);
    await screen.findByRole('combobox', { name: 'Your region' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Measure ad success' }));
    expect((await screen.findByRole('alert')).textContent).toBe(failed);
    vi.restoreAllMocks();
    expect((await fakeBrowser.storage.local.get('keepOn')).keepOn).toEqual(['research']);
  });
});

describe('a write the browser refuses', () => {
  it('welcome: says the region was not saved, never "Saved"', async () => {
    render(<WelcomeApp />);
    refuseWrites();
    await choose('Holland');
    expect((await screen.findByRole('alert')).textContent).toBe(failed);
    expect(screen.queryByText(/^Saved:/)).toBeNull();
  });

  it('popup: says so, and the rules stay those of the stored region', async () => {
    await fakeBrowser.storage.local.set({ region: 'US' });
    render(<App now={now} onOpened={vi.fn()} />);
    await screen.findByText('Rules for United States');
    refuseWrites();
    fireEvent.click(screen.getByRole('button', { name: 'Change your region' }));
    await choose('Germany');
    expect((await screen.findByRole('alert')).textContent).toBe(failed);
    expect(screen.getByText('Rules for United States')).toBeTruthy();
  });

  it('popup: a checkup the browser cannot store does not start half-way (no page without its "Next setting")', async () => {
    await fakeBrowser.storage.local.set({ region: 'US' });
    render(<App now={now} onOpened={vi.fn()} />);
    await screen.findByText('Rules for United States');
    refuseWrites();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Start checkup' }));
    expect((await screen.findByRole('alert')).textContent).toBe(failed);
    expect(create).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Start checkup' })).toBeTruthy();
  });

  it('options: the reminder, "don\'t guide me" and the region go back to what is stored, and the page says so', async () => {
    await fakeBrowser.storage.local.set({ region: 'FR' });
    render(<OptionsApp now={now} save={vi.fn()} />);
    const region = (await screen.findByRole('combobox', { name: 'Your region' })) as HTMLInputElement;
    await waitFor(() => expect(region.value).toBe('France'));
    refuseWrites();

    const select = screen.getByRole('combobox', { name: /Remind me/ }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '3' } });
    expect((await screen.findByRole('alert')).textContent).toBe(failed);
    await waitFor(() => expect(select.value).toBe(''));
    expect(screen.queryByText(/A dot on the toolbar button on/)).toBeNull();

    const research = screen.getByRole('checkbox', {
      name: 'Research with third parties',
    }) as HTMLInputElement;
    fireEvent.click(research);
    await waitFor(() => expect(research.checked).toBe(false));

    await choose('Germany');
    await waitFor(() => expect(region.value).toBe('France'));
    expect(screen.getByRole('alert').textContent).toBe(failed);
  });

  it('options: a later write that works clears the message', async () => {
    render(<OptionsApp now={now} save={vi.fn()} />);
    await screen.findByRole('combobox', { name: 'Your region' });
    const refused = refuseWrites();
    const select = screen.getByRole('combobox', { name: /Remind me/ }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '6' } });
    await screen.findByRole('alert');
    refused.mockRestore();
    fireEvent.change(select, { target: { value: '6' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await fakeBrowser.storage.local.get('reminder')).reminder).toMatchObject({ months: 6 });
  });
});
