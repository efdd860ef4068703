// Storage migration of the record: the items are defined (and migrated) when the storage module loads,
// so each test seeds storage first and then loads a fresh copy of the modules.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localNoon } from './local-noon';

afterEach(cleanup);

async function loadWith(stored: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(stored);
  vi.resetModules();
  const storage = await import('@/lib/storage');
  // The popup over that same fresh storage module, loaded only by the tests that open it.
  const popup = async () => (await import('@/entrypoints/popup/App')).App;
  return { storage, popup };
}

const row = (id: string) => document.querySelector(`[data-setting="${id}"]`)?.textContent ?? '';

describe('record migration', () => {
  it('migrates the v1 layout ({ checked, at }) to dated states, and the popup shows it', async () => {
    const at = Date.parse(localNoon('2026-10-02'));
    const { storage, popup } = await loadWith({
      region: 'FR',
      record: {
        'ai-training': { checked: false, at },
        research: { checked: true, at },
        bogus: { checked: true, at },
      },
      record$: { v: 1 },
    });
    expect(await storage.readRecord()).toEqual({
      'ai-training': { state: 'off', seenAt: localNoon('2026-10-02') },
      research: { state: 'on', seenAt: localNoon('2026-10-02') },
    });
    expect(await fakeBrowser.storage.local.get('record$')).toEqual({ record$: { v: 2 } });
    const App = await popup();
    render(<App now={() => new Date('2026-11-29T10:00:00Z')} />);
    await waitFor(() => expect(row('ai-training')).toContain('Off · seen 2 Oct 2026'));
    expect(row('research')).toContain('On · seen 2 Oct 2026');
  });

  it.each([
    ['a string', 'corrupted!'],
    ['an array', [1, 2, 3]],
    ['v1 garbage', { 'ai-training': { checked: 'yes', at: 'noon' } }],
  ])('resets %s from an old version to an empty record; the popup still opens', async (_, value) => {
    const { storage, popup } = await loadWith({ region: 'DE', record: value, record$: { v: 1 } });
    expect(await storage.readRecord()).toEqual({});
    const App = await popup();
    render(<App now={() => new Date('2026-11-29T10:00:00Z')} />);
    await waitFor(() => expect(row('ai-training')).toContain('Not checked yet'));
  });

  it.each([
    ['unknown states', { 'ai-training': { state: 'maybe', seenAt: '2026-11-01T00:00:00Z' } }],
    ['bad dates', { 'ai-training': { state: 'off', seenAt: 'yesterday' } }],
    ['null', null],
    ['a number', 42],
  ])('reads a corrupted current record (%s) as not checked', async (_, value) => {
    const { storage, popup } = await loadWith({ region: 'DE', record: value, record$: { v: 2 } });
    expect(await storage.readRecord()).toEqual({});
    const App = await popup();
    render(<App now={() => new Date('2026-11-29T10:00:00Z')} />);
    await waitFor(() => expect(row('ai-training')).toContain('Not checked yet'));
  });

  it.each([
    ['is missing', {}],
    ['is garbled', { record$: 'x' }],
  ])('keeps a current record whose version marker %s', async (_, marker) => {
    const record = { 'ai-training': { state: 'off', seenAt: '2026-11-01T00:00:00.000Z' } };
    const { storage } = await loadWith({ record, ...marker });
    expect(await storage.readRecord()).toEqual(record);
  });

  it('keeps what is readable of a partly corrupted record', async () => {
    const { storage } = await loadWith({
      record: { 'ai-training': { state: 'off', seenAt: '2026-11-01T00:00:00.000Z' }, research: 'x' },
      record$: { v: 2 },
    });
    expect(await storage.readRecord()).toEqual({
      'ai-training': { state: 'off', seenAt: '2026-11-01T00:00:00.000Z' },
    });
  });
});
