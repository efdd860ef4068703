// Back and Forward with the back-forward cache on, as members meet it (Firefox by default, Chrome outside test
// harnesses): after each restore the mark, the callout and the toolbar badge agree with the page again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, guideMarks, origin, waitFor, waitForBadge, waitForShadowText } from './helpers.mjs';

const guided = `${origin}${aiPath}?bfcache`;
const feed = `${origin}/feed/?bfcache`;

/** Waits until the tab shows `path` again; true when the document is the one left (restored from the cache). */
async function arrive(page, path) {
  await waitFor(page, (p) => location.pathname === p && document.readyState === 'complete', path, {
    what: `back on ${path}`,
  });
  return page.evaluate(() => window.__leftAt !== undefined);
}

/**
 * Stamps the document, so a restore from the cache can be told from a fresh load; first waits for its load to end:
 * Firefox keeps a page whose load group still holds a request (its own document's) out of the cache.
 */
async function stamp(page) {
  await waitFor(page, () => document.readyState === 'complete', undefined, { what: 'the load to end' });
  await page.evaluate(() => (window.__leftAt = Date.now()));
}

describeInBrowsers(
  'back and forward with the back-forward cache',
  (env) => {
    test('guided page → feed → Back → Forward → Back: mark, callout and badge agree after each', async () => {
      const page = await env.browser.newPage(guided);
      await waitFor(page, () => document.querySelector('[data-optout-guide-target]'), undefined, {
        what: 'the first mark',
      });
      assert.equal(await waitForBadge(env.browser, page, '!'), '!');
      await stamp(page);

      await page.goto(feed);
      assert.equal(await waitForBadge(env.browser, page, ''), '', 'the feed: no badge');
      await stamp(page);

      for (const step of ['back', 'forward', 'back']) {
        const toGuided = step === 'back';
        await page.traverse(toGuided ? -1 : 1);
        const restored = await arrive(
          page,
          toGuided ? '/mypreferences/d/settings/data-for-ai-improvement' : '/feed/',
        );
        assert.ok(restored, `${step}: the page came from the back-forward cache`);
        if (toGuided) {
          const marks = await waitFor(
            page,
            () => document.querySelectorAll('[data-optout-guide-target]').length,
          );
          assert.equal(marks, 1, `${step}: one mark`);
          assert.match(
            (await waitForShadowText(page, /On — LinkedIn may use your data/)) ?? '',
            /On — LinkedIn may use your data/,
          );
          assert.equal(await waitForBadge(env.browser, page, '!'), '!', `${step}: the badge says On again`);
        } else {
          assert.deepEqual(
            await guideMarks(page),
            { marks: [], hosts: 0 },
            `${step}: nothing of ours on the feed`,
          );
          assert.equal(await waitForBadge(env.browser, page, ''), '', `${step}: no badge on the feed`);
        }
      }
      assert.deepEqual(page.errors, []);
    });

    test('kept on, then turned Off by hand → feed → Back: the badge says Off again', async () => {
      const page = await env.browser.newPage(guided);
      await waitFor(page, () => document.querySelector('[data-optout-guide-target]'), undefined, {
        what: 'the first mark',
      });
      await page.clickInShadow('optout-guide', { 'data-action': 'keep-on' });
      await waitForShadowText(page, /Kept on/);
      await page.goto(guided);
      await waitFor(
        page,
        () => document.readyState === 'complete' && !document.querySelector('optout-guide'),
      );
      await page.click('[role="switch"]');
      assert.equal(await waitForBadge(env.browser, page, '✓'), '✓', 'turned Off by hand: the badge says so');
      // Firefox now and then keeps this page out of its cache for a request still in its load group that is not
      // ours (MOZ_LOG=SHIPBFCache:5 names the navigation's own document request): up to three trips, one restore.
      let restored = false;
      for (let trip = 0; trip < 3 && !restored; trip++) {
        await stamp(page);
        await page.goto(feed);
        assert.equal(await waitForBadge(env.browser, page, ''), '', 'the feed: no badge');
        await page.traverse(-1);
        restored = await arrive(page, '/mypreferences/d/settings/data-for-ai-improvement');
      }
      assert.ok(restored, 'restored from the cache');
      assert.equal(await waitForBadge(env.browser, page, '✓'), '✓', 'back on the kept-on page: Off again');
      assert.deepEqual(page.errors, []);
    });
  },
  { bfcache: true },
);
