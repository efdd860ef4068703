// The gate in real browsers: LinkedIn's pages outside the settings run only the gate; when in-app navigation
// reaches the setting, the background loads the guide there, and going back takes every mark away.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, guideMarks, origin, waitFor, waitForTarget } from './helpers.mjs';

const noMarks = { marks: [], hosts: 0 };

describeInBrowsers('in-app navigation', (env) => {
  test('feed → setting in-app: the guide starts there; back to the feed: nothing of ours is left', async () => {
    const page = await env.browser.newPage(`${origin}/feed/`);
    assert.deepEqual(await guideMarks(page), noMarks, 'the feed carries nothing of ours');
    await page.click('a[href$="/data-for-ai-improvement"]'); // the post's link: pushState, no page load
    await waitFor(page, (path) => location.pathname === path, aiPath, { what: 'the in-app URL change' });
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    assert.equal((await guideMarks(page)).hosts, 1, 'one <optout-guide> host');
    assert.equal(
      await page.evaluate(() => performance.getEntriesByType('navigation').length),
      1,
      'no page load',
    );

    await page.evaluate(() => history.back());
    await waitFor(
      page,
      () => location.pathname === '/feed/' && !document.querySelector('optout-guide'),
      undefined,
      {
        what: 'the feed again, without the guide',
      },
    );
    assert.deepEqual(await guideMarks(page), noMarks, 'back on the feed: no marks, no host');

    await page.click('a[href$="/data-for-ai-improvement"]'); // again: the guide already loaded follows by itself
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    assert.equal((await guideMarks(page)).hosts, 1, 'still one <optout-guide> host');
  });

  test('a setting page loaded directly is guided, and in-app navigation away ends the guide', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}`);
    assert.equal(await waitForTarget(page, 'allowDataForGenerativeAI'), 'ai-training');
    await page.evaluate(() => {
      history.pushState(null, '', '/feed/');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(page, () => !document.querySelector('optout-guide'), undefined, { what: 'the guide gone' });
    assert.deepEqual(await guideMarks(page), noMarks);
  });

  test('no error in the pages’ consoles', async () => {
    const page = await env.browser.newPage(`${origin}/feed/`);
    await page.click('a[href$="/data-for-ai-improvement"]');
    await waitForTarget(page, 'allowDataForGenerativeAI');
    assert.deepEqual(page.errors, []);
  });
});
