// The welcome page: opened once on install (not on update), and what it shows and stores.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { WelcomeApp } from '@/entrypoints/welcome/App';
import { until } from './until';

afterEach(cleanup);

describe('background: the welcome page', () => {
  beforeEach(() => background.main());

  it('opens once on a fresh install, and not on an update or a browser update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' } as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never);
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await until(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.lastCall?.[0].url).toMatch(/\/welcome\.html$/);
  });
});

describe('welcome page', () => {
  it('says what the extension does and does not, and how to pin it in Chrome and Firefox', async () => {
    render(<WelcomeApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Opt-Out Guide' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: "What it doesn't do" })).toBeTruthy();
    expect(screen.getByText(/never clicks a switch/)).toBeTruthy();
    expect(screen.getByText(/^In Chrome:/)).toBeTruthy();
    expect(screen.getByText(/^In Firefox:.*Pin to Toolbar/)).toBeTruthy();
  });

  it('choosing a region stores it and says so', async () => {
    render(<WelcomeApp />);
    const input = screen.getByRole('combobox', { name: 'Your region' });
    fireEvent.input(input, { target: { value: 'Holland' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await until(async () => expect((await fakeBrowser.storage.local.get('region')).region).toBe('NL'));
    expect(screen.getByText(/^Saved: Netherlands\./)).toBeTruthy();
  });

  it('"Take me to the switch" opens the AI-training setting in a new tab', async () => {
    render(<WelcomeApp />);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Take me to the switch' }));
    await until(() =>
      expect(create).toHaveBeenCalledWith(
        expect.objectContaining({ url: expect.stringContaining('/settings/data-for-ai-improvement') }),
      ),
    );
  });
});
