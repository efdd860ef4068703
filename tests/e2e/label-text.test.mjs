// A settings page whose switch has a generated label id and a neighbour switch, in English and German: only the
// setting's words can name it, and those now come with the background's start-up answer (docs/ARCHITECTURE.md,
// "Where LinkedIn knowledge lives"). Both browsers must still mark it, report it, and follow it once kept on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import {
  aiPath,
  origin,
  sleep,
  waitFor,
  waitForBadge,
  waitForShadowText,
  waitForStored,
} from './helpers.mjs';

const generatedId = 'ember7';
const switchSelector = `[role="switch"][aria-labelledby="${generatedId}"]`;

/** Which switches carry the guide's mark: 'setting', 'neighbour', how many; false (wait on) while none does. */
const markedSwitch = () => {
  const marks = [...document.querySelectorAll('[data-optout-guide-target]')];
  if (marks.length === 0) return false;
  if (marks.length !== 1) return `${marks.length} marks`;
  return marks[0].getAttribute('aria-labelledby') === 'ember7' ? 'setting' : 'neighbour';
};

describeInBrowsers('label text from the start-up answer', (env) => {
  for (const [language, query] of [
    ['English', '?variant=generated-ids'],
    ['German', '?hl=de&variant=generated-ids'],
  ]) {
    test(`${language}: a switch with a generated label id beside another switch is found by its words`, async () => {
      const page = await env.browser.newPage(`${origin}${aiPath}${query}`);
      assert.equal(await waitFor(page, markedSwitch, undefined, { what: 'one mark' }), 'setting');
      await waitForShadowText(page, /./);
      assert.equal(await waitForBadge(env.browser, page, '!'), '!');
      const stored = await waitForStored(
        env.browser,
        (s) => s.record?.['ai-training']?.foundBy,
        'the record of the AI setting',
      );
      assert.equal(stored.record['ai-training'].foundBy, 'label-text', 'the record says the words found it');
      assert.deepEqual(page.errors, []);
    });
  }

  test('German, kept on: switching it Off by hand is still recorded (label text only)', async () => {
    const url = `${origin}${aiPath}?hl=de&variant=generated-ids`;
    const page = await env.browser.newPage(url);
    await waitFor(page, markedSwitch, undefined, { what: 'one mark' });
    await page.clickInShadow('optout-guide', { 'data-action': 'keep-on' });
    await waitForStored(env.browser, (s) => s.keepOn?.includes('ai-training'), 'the keep-on list');
    await page.goto(url);
    await sleep(1000);
    await page.click(switchSelector);
    const stored = await waitForStored(
      env.browser,
      (s) => s.record?.['ai-training']?.state === 'off',
      'the record to say Off',
    );
    assert.equal(stored.record['ai-training'].foundBy, 'label-text');
    assert.deepEqual(page.errors, []);
  });
});
