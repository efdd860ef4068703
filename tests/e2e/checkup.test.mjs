// Journey 4 of docs/product.md (issue #4) in real browsers against the replica: "Start checkup" in the popup walks
// the settings page by page; on each the switch is marked, the callout shows "Checkup N of M" and, once the state
// was seen, "Next setting" (or "Done"), pressed inside its closed shadow root; the popup's checklist and summary
// then show what the member left on and off. Once per browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settingPages } from '../replica/data.mjs';
import { settingPath } from '../replica/pages.mjs';
import { describeInBrowsers } from './browsers.mjs';
import {
  assertNoRequestsOfItsOwn,
  chooseRegion,
  guideMarks,
  origin,
  sleep,
  waitFor,
  waitForBadge,
  waitForShadowText,
  waitForTarget,
} from './helpers.mjs';

const pageOf = (id) => settingPages.find((page) => page.id === id);
const pathIs = (path) => location.pathname === path;

// The member's decisions, in checkup order. In the US all six are planned (nothing was seen Off yet); two are left
// on. In Germany the Microsoft sharing does not apply, so the second checkup plans only what is not Off and is not
// partner-sharing: research alone (partner-sharing, left on, must not come back). The third, once every setting
// that applies was seen Off, plans all five again, in a short window (a small laptop screen, page zoomed) where the callout,
// taller in a checkup, must still leave the switch free to click.
const checkups = [
  {
    region: 'United States',
    walk: [
      { id: 'ai-training', turnOff: true },
      { id: 'partner-sharing', turnOff: false },
      { id: 'ads-beyond-linkedin', turnOff: true },
      { id: 'ads-third-party-data', turnOff: true },
      { id: 'ads-measurement', turnOff: true },
      { id: 'research', turnOff: false },
    ],
    summary: (day) => `Checkup done on ${day} · Off: 4 · On: 2 · 6 settings in all`,
    rows: {
      'ai-training': 'Off',
      'partner-sharing': 'On',
      'ads-beyond-linkedin': 'Off',
      'ads-third-party-data': 'Off',
      'ads-measurement': 'Off',
      research: 'On',
    },
  },
  {
    region: 'Germany',
    walk: [{ id: 'research', turnOff: true }],
    summary: (day) => `Checkup done on ${day} · Off: 5 · On: 1 · 6 settings in all`,
    rows: {
      'ai-training': 'Off',
      'partner-sharing': 'On',
      'ads-beyond-linkedin': 'Off',
      'ads-third-party-data': 'Off',
      'ads-measurement': 'Off',
      research: 'Off',
    },
    notes: { 'partner-sharing': /does not apply here/ },
  },
  {
    region: 'Germany',
    window: { width: 1100, height: 460 },
    // A short window (a small laptop, zoomed in): the callout must still leave the switch clickable.
    walk: ['ai-training', 'ads-beyond-linkedin', 'ads-third-party-data', 'ads-measurement', 'research'].map(
      (id) => ({ id, turnOff: false }),
    ),
    summary: (day) => `Checkup done on ${day} · Off: 0 · On: 6 · 6 settings in all`,
    rows: {
      'ai-training': 'On',
      'partner-sharing': 'On',
      'ads-beyond-linkedin': 'On',
      'ads-third-party-data': 'On',
      'ads-measurement': 'On',
      research: 'On',
    },
  },
];

/** Today as the popup writes it ("29 Nov 2026"); the month may be "Sep" or "Sept" depending on the ICU version. */
function todayPattern(now = new Date()) {
  const month = now.toLocaleString('en-GB', { month: 'short' }).slice(0, 3);
  return `${now.getDate()} ${month}[a-z]*\\.? ${now.getFullYear()}`;
}
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the popup shows: each checklist row's state line and note, and the checkup summary. */
const popupView = (popup) =>
  popup.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
    const text = (element) => element?.innerText ?? '';
    // The list sits behind its counts: open it, as the member does, to read each row.
    const list = document.querySelector('.settings-details');
    if (list) list.open = true;
    const rows = [...document.querySelectorAll('[data-setting]')].map((row) => [
      row.getAttribute('data-setting'),
      {
        state: text(row.querySelector('.check-state')),
        note: text(row.querySelector('.check-note:not(.check-alias)')),
      },
    ]);
    return { rows: Object.fromEntries(rows), summary: text(document.querySelector('.checkup-summary')) };
  });

/** Reads `read()` until `ok` holds of it or `timeout` ms passed; returns the last reading. */
async function settle(read, ok, timeout = 4000) {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/**
 * What a click at the centre of the page's switch reaches once the callout has settled: 'the switch', or what is
 * still in the way after 2 s (on a loaded machine the callout's move from the previous page's spot can lag a frame).
 */
async function atSwitchCentre(page) {
  const look = () =>
    page.evaluate(() => {
      const target = document.querySelector('[role="switch"]');
      const r = target.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit === target ? 'the switch' : `<${hit?.localName}>`;
    });
  const until = Date.now() + 2000;
  let seen = await look();
  while (seen !== 'the switch' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await look();
  }
  return seen;
}

describeInBrowsers('checkup', (env) => {
  const opened = [];
  const pages = [];

  /**
   * Walks a checkup in `page` as a member: on each setting page, waits for the mark and the callout's progress and
   * button, clicks LinkedIn's switch where the walk says so (badge ! → ✓), then presses "Next setting" or "Done".
   */
  async function walkCheckup(page, walk) {
    for (const [index, step] of walk.entries()) {
      const setting = pageOf(step.id);
      const path = settingPath(setting.slug);
      const where = `${step.id} (${index + 1} of ${walk.length})`;
      await waitFor(page, pathIs, path, { what: `the tab to show ${setting.slug}` });
      opened.push(path);
      assert.equal(await waitForTarget(page, setting.labelId), step.id, `${where}: the switch is marked`);
      assert.equal((await guideMarks(page)).marks.length, 1, `${where}: only the switch is marked`);

      const last = index === walk.length - 1;
      const button = last ? 'Done' : 'Next setting';
      const progress = new RegExp(`Checkup ${index + 1} of ${walk.length}\\b.*\\b${button}\\b`);
      assert.match(await waitForShadowText(page, progress), progress, `${where}: the callout`);
      assert.equal(await waitForBadge(env.browser, page, '!'), '!', `${where}: badge while the switch is on`);
      assert.equal(
        await atSwitchCentre(page),
        'the switch',
        `${where}: nothing of the guide covers the switch`,
      );

      if (step.turnOff) {
        await page.click('[role="switch"]');
        assert.equal(await waitForBadge(env.browser, page, '✓'), '✓', `${where}: badge once it is off`);
        const off = new RegExp(`Off — recorded on ${todayPattern()}.*\\b${button}\\b`);
        assert.match(await waitForShadowText(page, off), off, `${where}: the callout confirms Off`);
      }
      await page.clickInShadow('optout-guide', { 'data-action': last ? 'checkup-done' : 'checkup-next' });
    }
    const finished = /Checkup finished.*summary is in the Opt-Out Guide button on the toolbar/;
    assert.match(await waitForShadowText(page, finished), finished, 'the callout after "Done"');
  }

  for (const checkup of checkups) {
    const sized = checkup.window ? ` in a ${checkup.window.width}×${checkup.window.height} window` : '';
    const title = `${checkup.region}${sized}: the checkup walks ${checkup.walk.map((s) => s.id).join(', ')}`;
    test(title, async () => {
      const popup = await env.browser.newPage(env.browser.popupUrl);
      pages.push(popup);
      await popup.setViewport(360, 700);
      await chooseRegion(popup, checkup.region);
      await popup.click('#start-checkup');
      // The popup is not a LinkedIn tab: the first setting opens in a new one.
      const first = settingPath(pageOf(checkup.walk[0].id).slug);
      const page = await env.browser.waitForPage((url) => url === `${origin}${first}`);
      pages.push(page);
      if (checkup.window) await page.setViewport(checkup.window.width, checkup.window.height);
      await walkCheckup(page, checkup.walk);

      const again = await env.browser.newPage(env.browser.popupUrl);
      pages.push(again);
      await again.setViewport(360, 700);
      // The popup shows what storage holds; the last sighting and "Done" may land a moment after it opens.
      const day = todayPattern();
      const summaryIs = new RegExp(`^${literal(checkup.summary('DAY')).replace('DAY', day)}$`);
      const rowIs = (state) => new RegExp(`^${state} · seen ${day}$`);
      const shows = (view) =>
        summaryIs.test(view.summary) &&
        Object.entries(checkup.rows).every(([id, state]) => rowIs(state).test(view.rows[id]?.state));
      const { rows, summary } = await settle(() => popupView(again), shows);
      assert.match(summary, summaryIs, 'the checkup summary');
      for (const [id, state] of Object.entries(checkup.rows))
        assert.match(rows[id]?.state, rowIs(state), `the checklist row of ${id}`);
      for (const [id, note] of Object.entries(checkup.notes ?? {}))
        assert.match(rows[id]?.note, note, `the note on the checklist row of ${id}`);
      await again.close();
    });
  }

  test('no error in the pages’ consoles', () => {
    assert.deepEqual(
      pages.flatMap((page) => page.errors),
      [],
    );
  });

  test('the extension made no network request of its own', async () => {
    await assertNoRequestsOfItsOwn(env.server, env.browser, opened);
  });
});
