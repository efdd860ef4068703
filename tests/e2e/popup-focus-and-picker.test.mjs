// The popup's region picker and the options page as a keyboard and mouse user meets them, in real browsers: the
// picker loads when asked, focus lands somewhere sensible after a choice or an answer, a long list keeps the active
// option in sight, and pressing on the list (its scrollbar) does not close it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { chooseRegion, sleep, waitFor } from './helpers.mjs';

const activeId = () => document.activeElement?.id ?? null;

describeInBrowsers('popup focus and picker', (env) => {
  const pages = [];
  const newPage = async (url) => {
    const page = await env.browser.newPage(url);
    pages.push(page);
    return page;
  };
  const openPopup = async () => {
    const popup = await newPage(env.browser.popupUrl);
    await popup.bringToFront();
    await waitFor(popup, () => document.querySelector('#region-line'), undefined, { what: 'the popup' });
    return popup;
  };

  test('after choosing a region in the popup, focus is on Change and the rules are the new region’s', async () => {
    const popup = await openPopup();
    await chooseRegion(popup, 'Germany');
    assert.equal(await waitFor(popup, activeId, undefined, { what: 'focus' }), 'region-change');
    // An official spelling the browser's own name writes differently ("Bosnia & Herzegovina").
    await popup.click('#region-change');
    await popup.fill('#region-input', 'Bosnia and Herzegovina');
    await popup.press('Enter');
    await waitFor(
      popup,
      () => /Bosnia/.test(document.querySelector('#region-line')?.textContent),
      undefined,
      {
        what: 'Bosnia chosen',
      },
    );
    assert.equal(await popup.evaluate(activeId), 'region-change', 'focus on Change, not the page body');
  });

  test('arrow keys through the whole list keep the active option in view', async () => {
    const popup = await openPopup();
    await popup.setViewport(360, 600);
    await popup.click('#region-change');
    await waitFor(popup, (id) => document.activeElement?.id === id, 'region-input', {
      what: 'focus in the field',
    });
    await popup.press('ArrowDown'); // opens the list on its first option
    for (let i = 0; i < 25; i++) await popup.press('ArrowDown');
    const where = () => {
      const list = document.querySelector('#region-list').getBoundingClientRect();
      const id = document.querySelector('#region-input').getAttribute('aria-activedescendant');
      const option = document.getElementById(id).getBoundingClientRect();
      const inside = option.top >= list.top - 1 && option.bottom <= list.bottom + 1;
      return { list: [list.top, list.bottom], option: [option.top, option.bottom], id, inside };
    };
    // Polled: the driver may report the key press before the page has rendered it.
    let seen = await popup.evaluate(where);
    for (const deadline = Date.now() + 4000; !seen.inside && Date.now() < deadline; await sleep(50)) {
      seen = await popup.evaluate(where);
    }
    assert.ok(seen.inside, `the active option is inside the list's box: ${JSON.stringify(seen)}`);
    assert.ok(seen.id, 'an active option');
  });

  test('pressing the mouse on the list (its edge, where the scrollbar is) keeps it open and focus in the field', async () => {
    const popup = await openPopup();
    await popup.setViewport(360, 600);
    await popup.click('#region-change');
    await popup.fill('#region-input', 'a');
    const box = await waitFor(
      popup,
      () => {
        const list = document.querySelector('#region-list');
        if (!list || list.hidden) return null;
        const r = list.getBoundingClientRect();
        return {
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          scrolls: list.scrollHeight > list.clientHeight,
        };
      },
      undefined,
      { what: 'the list' },
    );
    assert.ok(box.scrolls, 'a list long enough to scroll');
    // The list's own padding and its right edge: the list itself, or its scrollbar where the browser shows one.
    for (const [x, y] of [
      [box.right - 3, box.top + 2],
      [box.right - 3, (box.top + box.bottom) / 2],
    ]) {
      await popup.mouseDown(x, y);
      const state = await popup.evaluate(() => ({
        open: !document.querySelector('#region-list').hidden,
        focus: document.activeElement?.id,
      }));
      await popup.mouseUp();
      assert.deepEqual(state, { open: true, focus: 'region-input' }, `pressed at ${x},${y}`);
    }
  });

  test('Delete everything: after Cancel and after Yes, focus is back on Delete everything', async () => {
    const options = await newPage(`${env.browser.extensionOrigin}/options.html`);
    await options.bringToFront();
    await waitFor(options, () => document.querySelector('#delete-everything'), undefined, {
      what: 'the page',
    });
    for (const answer of ['#delete-cancel', '#delete-yes']) {
      await options.click('#delete-everything');
      await waitFor(options, (id) => document.activeElement?.id === id, 'delete-cancel', {
        what: 'focus on Cancel',
      });
      await options.click(answer);
      assert.equal(
        await waitFor(options, (id) => document.activeElement?.id === id && id, 'delete-everything', {
          what: `focus after ${answer}`,
        }),
        'delete-everything',
      );
    }
    assert.deepEqual(await env.browser.storage(), {}, 'Yes deleted everything');
  });

  test('no error in the pages’ consoles', () => {
    assert.deepEqual(
      pages.flatMap((page) => page.errors),
      [],
    );
  });
});
