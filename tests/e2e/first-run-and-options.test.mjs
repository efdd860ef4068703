// Issue #8 in real browsers: the welcome page opens on install, the popup's status line follows the switch, the
// options page deletes everything, and axe finds no serious or critical WCAG 2.2 AA violation on any of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seriousViolations } from './axe.mjs';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, chooseRegion, origin, waitFor, waitForTarget } from './helpers.mjs';

const statusLine = () => document.querySelector('#status-line')?.textContent;
const noViolations = async (page, where) =>
  assert.deepEqual(await seriousViolations(page), [], `axe: serious or critical violations on ${where}`);

describeInBrowsers('first run, status, options', (env) => {
  const pages = [];
  const newPage = async (url) => {
    const page = await env.browser.newPage(url);
    pages.push(page);
    return page;
  };

  // First: the tab the install opened is closed after each test.
  test('the welcome page opens on install, once, and passes axe', async () => {
    const welcome = await env.browser.waitForPage(
      (url) => url === `${env.browser.extensionOrigin}/welcome.html`,
      10000,
    );
    pages.push(welcome);
    await waitFor(welcome, () => document.querySelector('#take-me')?.textContent, undefined, {
      what: 'the page',
    });
    const count = (await env.browser.urls()).filter((url) => url.endsWith('/welcome.html')).length;
    assert.equal(count, 1, 'one welcome tab');
    await noViolations(welcome, 'the welcome page');
    await chooseRegion(welcome, 'Germany');
    assert.equal(
      (await env.browser.storage()).region,
      'DE',
      'the region confirmed on the welcome page is stored',
    );
  });

  test("the popup's status line changes once the switch is turned off on LinkedIn's page", async () => {
    const popup = await newPage(env.browser.popupUrl);
    assert.equal(await waitFor(popup, statusLine, undefined, { what: 'the status line' }), 'Not seen yet');
    const page = await newPage(`${origin}${aiPath}`);
    await waitForTarget(page, 'allowDataForGenerativeAI');
    const seen = (state) =>
      new RegExp(`^${state} — seen on `).test(document.querySelector('#status-line')?.textContent);
    await waitFor(popup, seen, 'On', { what: 'the status line to say On' });
    await page.click('[role="switch"]');
    await waitFor(popup, seen, 'Off', { what: 'the status line to say Off' });
    assert.match(await popup.evaluate(statusLine), /^Off — seen on \d{1,2} \w+ \d{4}$/);
    const action = await popup.evaluate(() => document.querySelector('.status .primary')?.textContent);
    assert.equal(action, 'Check the related settings', 'the next action moves on');
  });

  test('the popup passes axe in light and dark, with the picker open, with and without matches', async () => {
    const popup = await newPage(env.browser.popupUrl);
    await popup.setViewport(360, 800);
    const schemes = env.name === 'chromium' ? ['light', 'dark'] : ['light']; // BiDi in Firefox ESR: no colour scheme
    for (const scheme of schemes) {
      if (env.name === 'chromium') await popup.colorScheme(scheme);
      await popup.goto(env.browser.popupUrl);
      await waitFor(popup, () => document.querySelector('#region-line'), undefined, { what: 'the popup' });
      await noViolations(popup, `the popup (${scheme})`);
      await popup.click('#region-change');
      await popup.fill('#region-input', 'united');
      await waitFor(popup, () => document.querySelectorAll('[role="option"]').length > 1, undefined, {
        what: 'matches',
      });
      await noViolations(popup, `the popup with matches (${scheme})`);
      await popup.fill('#region-input', 'Atlantis');
      await waitFor(
        popup,
        () => /No country matches/.test(document.querySelector('#region-status')?.textContent),
        undefined,
        { what: 'the no-match message' },
      );
      await noViolations(popup, `the popup without matches (${scheme})`);
    }
  });

  test('the popup is at most 1,200 px tall at 360 px wide and reflows without sideways scrolling at 200 px', async () => {
    const popup = await newPage(env.browser.popupUrl);
    const size = () => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      open: document.querySelectorAll('details[open]').length,
    });
    for (const region of ['Germany', 'United States', 'United Kingdom', 'Canada']) {
      await popup.setViewport(360, 600);
      await chooseRegion(popup, region);
      const wide = await popup.evaluate(size);
      assert.equal(wide.open, 0, 'disclosures closed');
      assert.ok(wide.height <= 1200, `${region}: ${wide.height} px tall at 360 px`);
      assert.ok(wide.width <= 360, `${region}: ${wide.width} px wide at 360 px`);
      await popup.setViewport(200, 600);
      await waitFor(popup, () => innerWidth === 200, undefined, { what: 'the 200 px window' });
      const narrow = await popup.evaluate(() => ({
        content: document.documentElement.scrollWidth,
        window: document.documentElement.clientWidth,
      }));
      assert.ok(narrow.content <= narrow.window, `${region}: ${JSON.stringify(narrow)} (sideways scrolling)`);
    }
  });

  test('the options page deletes everything after an in-page confirmation, and passes axe', async () => {
    const before = await env.browser.storage();
    assert.ok(before.record?.['ai-training'], 'something to delete: the record of the switch seen off');
    const options = await newPage(`${env.browser.extensionOrigin}/options.html`);
    await waitFor(options, () => document.querySelector('#delete-everything'), undefined, {
      what: 'the page',
    });
    await noViolations(options, 'the options page');
    await options.click('#delete-everything');
    await waitFor(options, () => document.querySelector('#delete-yes'), undefined, {
      what: 'the confirmation',
    });
    await noViolations(options, 'the options page asking to confirm');
    assert.deepEqual(await env.browser.storage(), before, 'nothing deleted before the confirmation');
    await options.click('#delete-yes');
    await waitFor(options, () => /Everything was deleted/.test(document.body.textContent), undefined, {
      what: 'the announcement',
    });
    assert.deepEqual(await env.browser.storage(), {}, 'storage is empty');
    const popup = await newPage(env.browser.popupUrl);
    assert.equal(await waitFor(popup, statusLine, undefined, { what: 'the status line' }), 'Not seen yet');
  });

  test('no error in the pages’ consoles', () => {
    assert.deepEqual(
      pages.flatMap((page) => page.errors),
      [],
    );
  });
});
