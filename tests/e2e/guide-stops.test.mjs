// A guide that knows when to stop, in real browsers against the replica: once a setting is seen Off the hub and
// Data privacy no longer point at it, and "Keep it on — don't show this again" holds across reloads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settingPath } from '../replica/pages.mjs';
import { describeInBrowsers } from './browsers.mjs';
import {
  aiPath,
  guideMarks,
  origin,
  privacyPath,
  sleep,
  waitFor,
  waitForBadge,
  waitForShadowText,
  waitForStored,
  waitForTarget,
} from './helpers.mjs';

const researchPath = settingPath('policy-and-academic-research');
const researchLabel = 'allowAnonymizedDataResearch';
/** Long enough for the content script to ask the background and guide, had it meant to. */
const settleMs = 1500;

describeInBrowsers('guide stops', (env) => {
  test('step guidance stops for a setting seen Off', async () => {
    const before = await env.browser.newPage(`${origin}${privacyPath}`);
    await waitFor(
      before,
      () => document.querySelector('[data-optout-guide-step]')?.getAttribute('href'),
      null,
      {
        what: 'the step mark before the setting was seen Off',
      },
    );
    await before.close();

    const setting = await env.browser.newPage(`${origin}${aiPath}`);
    await waitForTarget(setting, 'allowDataForGenerativeAI');
    await setting.click('[role="switch"]');
    assert.equal(await waitForBadge(env.browser, setting, '✓'), '✓', 'seen Off');
    await waitForStored(
      env.browser,
      (s) => s.record?.['ai-training']?.state === 'off',
      'the record to say Off',
    );
    await setting.close();

    for (const path of [privacyPath, '/mypreferences/d/']) {
      const page = await env.browser.newPage(`${origin}${path}`);
      await sleep(settleMs);
      assert.deepEqual(
        await guideMarks(page),
        { marks: [], hosts: 0 },
        `${path}: nothing points at it any more`,
      );
      await page.close();
    }
  });

  test('"Keep it on — don\'t show this again" holds across reloads', async () => {
    const page = await env.browser.newPage(`${origin}${researchPath}`);
    assert.equal(await waitForTarget(page, researchLabel), 'research');
    assert.match(await waitForShadowText(page, /Keep it on/), /Keep it on — don't show this again/);
    assert.equal(
      await page.evaluate(() => document.querySelector('optout-guide').shadowRoot),
      null,
      "the shipped build's shadow root is closed to LinkedIn's scripts",
    );
    await page.clickInShadow('optout-guide', { 'data-action': 'keep-on' });
    assert.match(await waitForShadowText(page, /Kept on/), /Kept on/, 'the callout confirms the choice');
    assert.deepEqual((await guideMarks(page)).marks, [], 'the guide for that setting ended: no mark');
    await waitForStored(
      env.browser,
      (s) => s.keepOn?.includes('research'),
      'the keep-on list to hold research',
    );
    assert.equal(await waitForBadge(env.browser, page, ''), '', 'no badge once the guide ended');

    for (let reload = 1; reload <= 2; reload++) {
      await page.goto(`${origin}${researchPath}`);
      await sleep(settleMs);
      assert.deepEqual(
        await guideMarks(page),
        { marks: [], hosts: 0 },
        `reload ${reload}: no callout, no mark`,
      );
      assert.equal(await env.browser.badgeText(page), '', `reload ${reload}: no badge`);
    }
    // Only that setting: the AI-training page is still guided.
    const other = await env.browser.newPage(`${origin}${aiPath}`);
    assert.equal(await waitForTarget(other, 'allowDataForGenerativeAI'), 'ai-training');
    await other.close();
    await page.close();
  });
});
