// Markup a LinkedIn page could ship that our own replica never showed, in real browsers: a label wrapped in bidi
// isolates, a role=switch around a checkbox, a 0×0 input drawn by a sibling track, and
// the AI page gaining a second switch whose name starts with ours (label ids generated, so only words can name it). The right switch gets the mark and the badge follows its state; a wrong mark is worse
// than none (docs/contracts.md, "Page attributes").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, origin, sleep, waitFor, waitForBadge, waitForShadowText } from './helpers.mjs';

/** Which switch carries the mark: 'ours' (label id ember7), 'second', how many; false (wait on) while none does. */
const markedSwitch = () => {
  const marks = [...document.querySelectorAll('[data-optout-guide-target]')];
  if (marks.length === 0) return false;
  if (marks.length !== 1) return `${marks.length} marks`;
  return marks[0].getAttribute('aria-labelledby') === 'ember7' ? 'ours' : 'second';
};

describeInBrowsers('label variety', (env) => {
  for (const variant of ['generated-ids-bidi', 'second-switch']) {
    test(`${variant}: our switch (On) is marked by its words, the badge says On`, async () => {
      const page = await env.browser.newPage(`${origin}${aiPath}?variant=${variant}`);
      assert.equal(await waitFor(page, markedSwitch, undefined, { what: 'one mark' }), 'ours');
      assert.match(await waitForShadowText(page, /On — /), /On — LinkedIn may use your data/);
      assert.equal(await waitForBadge(env.browser, page, '!'), '!');
      assert.deepEqual(page.errors, []);
    });
  }

  test('wrapped-checkbox: a role=switch element around a native checkbox is marked, not the checkbox', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}?variant=wrapped-checkbox`);
    const marked = () => {
      const marks = [...document.querySelectorAll('[data-optout-guide-target]')];
      return marks.length === 1 ? `${marks[0].localName}[role=${marks[0].getAttribute('role')}]` : false;
    };
    assert.equal(await waitFor(page, marked, undefined, { what: 'one mark' }), 'div[role=switch]');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!');
    assert.deepEqual(page.errors, []);
  });

  test('zero-size-input: the common CSS toggle (a 0×0 input, a sibling span as the track) is marked', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}?variant=zero-size-input`);
    const marked = () => document.querySelector('[data-optout-guide-target]')?.getAttribute('role') ?? false;
    assert.equal(await waitFor(page, marked, undefined, { what: 'the mark' }), 'switch');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!');
    assert.deepEqual(page.errors, []);
  });

  test('second-switch-reworded: the second switch (Off) is never marked; the fallback shows', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}?variant=second-switch-reworded`);
    // The guide's search budget is about 5 s: look at the marks all along, then for the fallback after it.
    const deadline = Date.now() + 6500;
    while (Date.now() < deadline) {
      assert.equal(await page.evaluate(markedSwitch), false, 'no switch marked');
      await sleep(250);
    }
    assert.match(await waitForShadowText(page, /didn't show up/), /The switch didn't show up/);
    assert.equal(await env.browser.badgeText(page), '', 'no badge: no switch is guided');
    assert.deepEqual(page.errors, []);
  });
});
