// Quick in-app navigations between two setting pages, faster than the next page renders: A → B → A must end with
// A's switch marked and the badge saying its state (docs/contracts.md, "Page attributes" and "Toolbar badge").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, guideMarks, origin, sleep, waitForBadge, waitForTarget } from './helpers.mjs';

const researchPath = '/mypreferences/d/settings/policy-and-academic-research';
// Switches only their position can name (a language we have no strings for): the hardest case for trust.
const unlabelled = '?variant=unlabelled';
const markedSwitch = (page) =>
  page.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('data-optout-guide-target'));

describeInBrowsers('navigation races between setting pages', (env) => {
  test('A → B → A before B renders: A is guided again and the badge agrees', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}${unlabelled}`);
    assert.equal(await waitForTarget(page, 'ember42'), 'ai-training');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!');
    // LinkedIn's app changes the URL first and renders later; here it never gets to render B.
    await page.evaluate(
      ([b, a]) =>
        new Promise((resolve) => {
          history.pushState(null, '', b);
          setTimeout(() => {
            history.pushState(null, '', a);
            resolve();
          }, 30);
        }),
      [researchPath + unlabelled, aiPath + unlabelled],
    );
    await sleep(1500); // past the one-second URL check where the browser has no Navigation API
    assert.equal(await markedSwitch(page), 'ai-training');
    assert.equal((await guideMarks(page)).marks.length, 1, 'one mark');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!', 'the badge says On');
  });

  test('A → B (still loading) → Back: A is guided again and the badge agrees', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}`);
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    await page.evaluate((b) => {
      const link = document.createElement('a');
      link.href = `${b}?delay=3000`;
      document.querySelector('main')?.append(link);
      link.click(); // the replica's app: pushState, a skeleton, the page after 3 s
    }, researchPath);
    await sleep(100);
    await page.evaluate(() => history.back());
    await sleep(1500);
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    assert.equal((await guideMarks(page)).marks.length, 1, 'one mark');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!', 'the badge says On');
    assert.deepEqual(page.errors, []);
  });

  test('a Back inside the app that the app cancels: A stays guided and the badge agrees', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}`);
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    const cancelled = await page.evaluate(async (b) => {
      if (!('navigation' in window)) return 'no Navigation API';
      const here = location.href;
      history.pushState(null, '', b);
      history.pushState(null, '', here);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The app's "leave this page?" guard: Back to B is announced, then cancelled; the URL never changes.
      navigation.addEventListener('navigate', (event) => event.preventDefault(), { once: true });
      history.back();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return location.href === here;
    }, researchPath);
    if (cancelled === 'no Navigation API') return;
    assert.equal(cancelled, true, 'the URL stayed');
    await sleep(1500);
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    assert.equal((await guideMarks(page)).marks.length, 1, 'one mark');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!', 'the badge says On');
    assert.deepEqual(page.errors, []);
  });
});
