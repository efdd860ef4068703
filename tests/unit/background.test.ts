import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { hasLiveScript } from '@/lib/background/reinject';
import { labelBook } from '@/lib/linkedin';
import { decodePng } from '../e2e/png.mjs';

const fromTab = (id: number) => ({ tab: { id } }) as never;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('background badge', () => {
  beforeEach(() => {
    background.main();
  });

  it('shows "!" while the guided switch in the tab is on and "✓" once it is off', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'on' },
      fromTab(7),
    );
    expect(await badge(7)).toBe('!');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'off' },
      fromTab(7),
    );
    expect(await badge(7)).toBe('✓');
  });

  it('keeps tabs apart', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'research', state: 'on' },
      fromTab(1),
    );
    expect(await badge(1)).toBe('!');
    expect(await badge(2)).toBe('');
  });

  it('clears the badge when the guide ends and when the tab loads a new page', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'on' },
      fromTab(3),
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: null, state: null },
      fromTab(3),
    );
    expect(await badge(3)).toBe('');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'off' },
      fromTab(3),
    );
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect(await badge(3)).toBe(''));
  });

  it('a page load that starts while a report is being handled leaves the badge empty, not the old state', async () => {
    const report = fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'on' },
      fromTab(5),
    );
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, {} as never);
    await report;
    await vi.waitFor(async () => expect(await badge(5)).toBe(''));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await badge(5)).toBe('');
  });

  it('records what two tabs report at the same moment, losing neither', async () => {
    await Promise.all([
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'guide-state', setting: 'ai-training', state: 'off' },
        fromTab(1),
      ),
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'guide-state', setting: 'research', state: 'on' },
        fromTab(2),
      ),
    ]);
    await vi.waitFor(async () => {
      const { record } = (await fakeBrowser.storage.local.get('record')) as {
        record: Record<string, { state: string }>;
      };
      expect(record['ai-training']?.state).toBe('off');
      expect(record.research?.state).toBe('on');
    });
  });

  it('remembers "Keep it on" per setting and answers what the guide no longer leads to', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'off' },
      fromTab(4),
    );
    // The guide ends only once it hears the choice was stored (lib/guide/run.ts).
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'keep-on', setting: 'research' }, fromTab(4)),
    ).toContain(true);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'keep-on', setting: 'research' }, fromTab(5));
    expect(await fakeBrowser.storage.local.get('keepOn')).toEqual({ keepOn: ['research'] });
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-start', setting: null },
      fromTab(4),
    );
    expect(replies).toContainEqual({
      settled: { seenOff: ['ai-training'], keptOn: ['research'] },
      position: null,
      labels: labelBook,
    });
  });

  it('a read the browser refuses loses nothing: the record and the "keep it on" list are not overwritten', async () => {
    const seen = { state: 'off', seenAt: '2026-11-20T09:00:00.000Z' };
    await fakeBrowser.storage.local.set({
      record: { research: seen },
      record$: { v: 2 },
      keepOn: ['research'],
    });
    await new Promise((resolve) => setTimeout(resolve, 10)); // the background's own start-up read
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockRejectedValue(new Error('An unexpected error occurred'));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'off' },
      fromTab(4),
    );
    // Not stored: the guide hears so and keeps guiding (lib/guide/run.ts).
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'keep-on', setting: 'ads-measurement' },
        fromTab(4),
      ),
    ).toContain(false);
    get.mockRestore();
    const stored = await fakeBrowser.storage.local.get(['record', 'keepOn']);
    expect(stored.record).toEqual({ research: seen });
    expect(stored.keepOn).toEqual(['research']);
    // The badge does not depend on storage: it still says what the tab shows.
    expect(await badge(4)).toBe('✓');
  });

  it("answers a guided page's start with its place in a running checkup, in one message", async () => {
    const steps = ['ai-training', 'research'];
    await fakeBrowser.storage.local.set({
      checkup: { steps, startedAt: '2026-11-30T03:00:00.000Z', finishedAt: null },
    });
    const start = (setting: string) =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'guide-start', setting }, fromTab(4));
    expect(await start('ai-training')).toContainEqual(
      expect.objectContaining({
        position: { setting: 'ai-training', position: 1, total: 2, next: 'research' },
      }),
    );
    expect(await start('ads-measurement')).toContainEqual(
      expect.objectContaining({ position: null, settled: { seenOff: [], keptOn: [] } }),
    );
  });

  it.each([
    ['garbage', 'hello'],
    ['an unknown setting', { type: 'guide-state', setting: 'everything', state: 'on' }],
    ['an unknown state', { type: 'guide-state', setting: 'ai-training', state: 'maybe' }],
    ['a message from no tab', { type: 'guide-state', setting: 'ai-training', state: 'on' }],
  ])('ignores %s', async (name, message) => {
    await fakeBrowser.runtime.onMessage.trigger(
      message,
      name === 'a message from no tab' ? ({} as never) : fromTab(9),
    );
    expect(await badge(9)).toBe('');
  });
});

describe('background after an update', () => {
  const guided = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';

  /** An update with one tab open; `liveScript`: what the probe finds in a tab (a dead copy after a restore: none). */
  async function afterUpdate(liveScript: boolean) {
    fakeBrowser.reset();
    const injected: unknown[] = [];
    fakeBrowser.scripting.executeScript = (async (details: { func?: () => boolean }) => {
      if (details.func) return [{ result: liveScript }];
      injected.push(details);
      return [];
    }) as never;
    const older = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(1),
    );
    const showGuided = (tab: { id?: number }) =>
      fakeBrowser.tabs.onUpdated.trigger(tab.id as number, { status: 'complete' }, {
        ...tab,
        url: guided,
      } as never);
    return { injected, older, showGuided };
  }

  it('loads the current script again when a tab open at the update shows a LinkedIn page again (Back or Forward)', async () => {
    const { injected, older, showGuided } = await afterUpdate(false);
    const newer = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    for (const tab of [older, newer]) await showGuided(tab);
    await vi.waitFor(() => expect(injected).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).toEqual([{ target: { tabId: older.id }, files: ['/content-scripts/linkedin.js'] }]);
  });

  it('does not load a second copy where a live one runs (a new page load in a tab open at the update)', async () => {
    const { injected, older, showGuided } = await afterUpdate(true);
    await showGuided(older);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).toEqual([]);
  });

  it('hasLiveScript() sees a live guide or gate in its world, not one cut off by an update', () => {
    const world = globalThis as { [key: symbol]: unknown };
    const guide = Symbol.for('optout-guide');
    const gate = Symbol.for('optout-gate');
    try {
      expect(hasLiveScript()).toBe(false);
      world[guide] = { isInvalid: true };
      world[gate] = () => false;
      expect(hasLiveScript()).toBe(false);
      world[gate] = () => true;
      expect(hasLiveScript()).toBe(true);
      world[gate] = undefined;
      world[guide] = { isInvalid: false };
      expect(hasLiveScript()).toBe(true);
    } finally {
      world[guide] = undefined;
      world[gate] = undefined;
    }
  });
});

describe('background: the due reminder', () => {
  afterEach(() => vi.useRealTimers()); // Also gives Date its real clock back after vi.setSystemTime().
  it("puts its dot on the toolbar icon, never in the badge: a tab's badge stays empty unless its guided switch says otherwise", async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    const due = new Date(Date.now() + 60_000).toISOString();
    await fakeBrowser.storage.local.set({ reminder: { months: 3, due } });
    background.main();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'on' },
      fromTab(5),
    );
    vi.setSystemTime(Date.parse(due) + 1000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'recheck-reminder', scheduledTime: Date.now() });
    await vi.waitFor(() =>
      expect(setIcon).toHaveBeenLastCalledWith({
        path: { 16: 'icon/reminder-16.png', 32: 'icon/reminder-32.png' },
      }),
    );
    expect(await badge(5)).toBe('!');
    expect(await badge(6)).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  // Firefox hands an alarm's delay to a timer that takes 32 bits of milliseconds (about 49.7 days): three months wrap
  // to some 42 days, and the alarm fires early (toolkit/components/extensions/parent/ext-alarms.js, nsITimer.init).
  it('an alarm that fires before the reminder is due shows no dot, and the alarm is set again', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    const due = new Date(Date.now() + 92 * 86_400_000).toISOString();
    await fakeBrowser.storage.local.set({ reminder: { months: 3, due } });
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('recheck-reminder')).toBeTruthy());
    vi.setSystemTime(Date.now() + 42 * 86_400_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'recheck-reminder', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(setIcon).not.toHaveBeenCalledWith({
      path: { 16: 'icon/reminder-16.png', 32: 'icon/reminder-32.png' },
    });
    expect(await fakeBrowser.alarms.get('recheck-reminder')).toBeTruthy();
  });

  it('never asks for an alarm further ahead than a 32-bit timer holds; a nearer one is re-armed when it fires', async () => {
    await fakeBrowser.storage.local.set({
      reminder: { months: 6, due: new Date(Date.now() + 183 * 86_400_000).toISOString() },
    });
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('recheck-reminder')).toBeTruthy());
    const alarm = await fakeBrowser.alarms.get('recheck-reminder');
    expect((alarm?.scheduledTime ?? Infinity) - Date.now()).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('has an icon with the dot for every size it asks for, each the size of the icon it stands in for', () => {
    for (const size of [16, 32]) {
      const plain = decodePng(readFileSync(`public/icon/${size}.png`));
      const dotted = decodePng(readFileSync(`public/icon/reminder-${size}.png`));
      expect([dotted.width, dotted.height]).toEqual([plain.width, plain.height]);
      // The top right corner is the dot's blue; the rest of the icon is unchanged.
      const corner = (Math.round(size * 0.22) * size + size - Math.round(size * 0.22) - 1) * 4;
      expect([...dotted.pixels.slice(corner, corner + 3)]).toEqual([0x0a, 0x66, 0xc2]);
      const bottomLeft = ((size - 4) * size + 4) * 4;
      expect(dotted.pixels.slice(bottomLeft, bottomLeft + 4)).toEqual(
        plain.pixels.slice(bottomLeft, bottomLeft + 4),
      );
    }
  });
});
