// The due re-check reminder shows as a dot on the toolbar icon, never as badge text: the badge contract holds for every
// tab while it is due (docs/contracts.md, "Toolbar badge"; lib/background/reminder-alarm.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, origin, sleep, waitFor, waitForBadge } from './helpers.mjs';

describeInBrowsers('the due reminder', (env) => {
  test('leaves every badge as the contract says, and its icon loads', async () => {
    const guided = await env.browser.newPage(`${origin}${aiPath}`);
    await waitFor(guided, () => document.querySelector('[data-optout-guide-target]'), undefined, {
      what: 'the mark',
    });
    assert.equal(await waitForBadge(env.browser, guided, '!'), '!');
    const feed = await env.browser.newPage(`${origin}/feed/`);
    // A reminder that fell due a while ago: the background shows it as soon as storage says so.
    await env.browser.inExtension(() =>
      (globalThis.browser ?? globalThis.chrome).storage.local.set({
        reminder: { months: 3, due: '2026-01-01T00:00:00.000Z' },
      }),
    );
    await sleep(500);
    assert.equal(await env.browser.badgeText(guided), '!', 'the guided tab: still "!"');
    assert.equal(await env.browser.badgeText(feed), '', 'the feed: still no badge');
    const global = await env.browser.inExtension(() =>
      (globalThis.browser ?? globalThis.chrome).action.getBadgeText({}),
    );
    assert.equal(global, '', 'no badge text for tabs without one of their own');
    // The icons the reminder asks for exist in the build: setIcon rejects a path it cannot load.
    const loaded = await env.browser.inExtension(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.action.setIcon({ path: { 16: 'icon/reminder-16.png', 32: 'icon/reminder-32.png' } });
      return true;
    });
    assert.equal(loaded, true);
    assert.deepEqual(guided.errors, []);
  });
});
