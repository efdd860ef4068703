// Journey 2 across navigation (docs/contracts.md, "Page attributes" and "Toolbar badge"): the hub, Data privacy and
// the AI page reached in-app or by full loads, then Back and Forward with the back-forward cache on. At every stop
// exactly the right element carries the right attribute, nothing of the page left is marked, and the badge agrees.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
} from './helpers.mjs';

const hubPath = '/mypreferences/d/categories/account';

/** What a stop must show: the href the step mark is on (or null), the switch mark's id (or null), the badge. */
const stops = {
  hub: { path: hubPath, step: privacyPath, target: null, badge: '', says: /open “Data privacy”/ },
  privacy: {
    path: privacyPath,
    step: aiPath,
    target: null,
    badge: '',
    says: /open “Data for Generative AI Improvement”/,
  },
  ai: {
    path: aiPath,
    step: null,
    target: 'ai-training',
    badge: '!',
    says: /On — LinkedIn may use your data/,
  },
  feed: { path: '/feed/', step: null, target: null, badge: '' },
};

/** From the AI page: Back, Back, Forward, Forward, and where each must land. */
const backAndForth = [
  [-1, stops.privacy, 'Back to Data privacy'],
  [-1, stops.hub, 'Back to the hub'],
  [1, stops.privacy, 'Forward to Data privacy'],
  [1, stops.ai, 'Forward to the AI page'],
];

/** Waits until the page settles at `stop`, then checks every mark on it and the badge. */
async function expectStop(env, page, stop, what) {
  await waitFor(page, (p) => location.pathname === p, stop.path, { what: `${what}: the URL` });
  const wanted = (s) => {
    const step = document.querySelectorAll('[data-optout-guide-step]');
    const target = document.querySelectorAll('[data-optout-guide-target]');
    return (
      step.length === (s.step ? 1 : 0) &&
      target.length === (s.target ? 1 : 0) &&
      (!s.step || step[0].getAttribute('href') === s.step)
    );
  };
  await waitFor(page, wanted, stop, { what: `${what}: the marks` }).catch(() => {});
  const { marks } = await guideMarks(page);
  const expected = [
    ...(stop.target ? [{ target: stop.target, step: null, href: null }] : []),
    ...(stop.step ? [{ target: null, step: 'ai-training', href: stop.step }] : []),
  ];
  assert.deepEqual(
    marks.map(({ target, step, href }) => ({ target, step, href })),
    expected,
    `${what}: the marks`,
  );
  assert.equal(await waitForBadge(env.browser, page, stop.badge), stop.badge, `${what}: the badge`);
  // One callout, saying this stop's words (none left from the page before), or none where nothing is marked.
  const hosts = await page.evaluate(() => document.querySelectorAll('optout-guide').length);
  assert.equal(hosts, stop.says ? 1 : 0, `${what}: callouts on the page`);
  if (stop.says)
    assert.match((await waitForShadowText(page, stop.says)) ?? '', stop.says, `${what}: the callout`);
}

/**
 * Records, from the page, every moment the step mark sits on a link to the page the URL already shows: the guide
 * would then point the member at where they are. Read with `wrongSteps`.
 */
const watchWrongSteps = (page) =>
  page.evaluate(() => {
    window.__wrongSteps = [];
    const look = () => {
      for (const element of document.querySelectorAll('[data-optout-guide-step]'))
        if (element.getAttribute('href') === location.pathname)
          window.__wrongSteps.push(`${location.pathname} ${element.textContent.trim()}`);
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
  });
const wrongSteps = (page) => page.evaluate(() => window.__wrongSteps);

/** Waits for the document's load to end and stamps it, so a restore from the cache can be told from a fresh load. */
async function stamp(page) {
  await waitFor(page, () => document.readyState === 'complete', undefined, { what: 'the load to end' });
  await page.evaluate(() => (window.__stamp = true));
}
const stamped = (page) => page.evaluate(() => window.__stamp === true);

describeInBrowsers(
  'step guidance across navigation',
  (env) => {
    test('feed → hub → Data privacy → AI in-app, Back, Back, Forward, Forward: marks and badge at every stop', async () => {
      const page = await env.browser.newPage(`${origin}/feed/`);
      await expectStop(env, page, stops.feed, 'feed');
      await page.goto(`${origin}/mypreferences/d/`);
      await expectStop(env, page, stops.hub, 'hub');
      await watchWrongSteps(page);
      await page.click(`nav a[href="${privacyPath}"]`);
      await expectStop(env, page, stops.privacy, 'Data privacy (in-app)');
      await page.click(`main a[href="${aiPath}"]`);
      await expectStop(env, page, stops.ai, 'AI page (in-app)');
      for (const [delta, stop, what] of backAndForth) {
        await page.traverse(delta);
        await expectStop(env, page, stop, what);
      }
      // The URL poll of a browser without the Navigation API runs once a second: give it the time to show a fault.
      await sleep(1200);
      assert.deepEqual(await wrongSteps(page), [], 'never a step mark on a link to the page shown');
      assert.deepEqual(page.errors, []);
    });

    test('hub → Data privacy → AI by full loads, Back, Back, Forward, Forward (restored from the cache)', async () => {
      const page = await env.browser.newPage(`${origin}/mypreferences/d/?bfcache`);
      await expectStop(env, page, stops.hub, 'hub');
      await stamp(page);
      await page.goto(`${origin}${privacyPath}?bfcache`);
      await expectStop(env, page, stops.privacy, 'Data privacy');
      await stamp(page);
      await page.goto(`${origin}${aiPath}?bfcache`);
      await expectStop(env, page, stops.ai, 'AI page');
      await stamp(page);
      let restores = 0;
      for (const [delta, stop, what] of backAndForth) {
        await page.traverse(delta);
        await expectStop(env, page, stop, what);
        if (await stamped(page)) restores++;
        await stamp(page);
      }
      assert.ok(restores > 0, 'at least one page came from the back-forward cache');
      assert.deepEqual(page.errors, []);
    });

    test('Data privacy loaded, AI in-app, feed by a full load, Back (cache), Back in-app: marks and badge', async () => {
      const page = await env.browser.newPage(`${origin}${privacyPath}?bfcache`);
      await expectStop(env, page, stops.privacy, 'Data privacy');
      await page.click(`main a[href="${aiPath}"]`);
      await expectStop(env, page, stops.ai, 'AI page (in-app)');
      await stamp(page);
      await page.goto(`${origin}/feed/?bfcache`);
      await expectStop(env, page, stops.feed, 'feed');
      await page.traverse(-1);
      await expectStop(env, page, stops.ai, 'Back to the AI page');
      await page.traverse(-1);
      await expectStop(env, page, stops.privacy, 'Back to Data privacy (in-app entry)');
      assert.deepEqual(page.errors, []);
    });

    test('two in-app navigations in one task (hub → Data privacy → hub, Data privacy → AI → Data privacy)', async () => {
      const page = await env.browser.newPage(`${origin}/mypreferences/d/`);
      await expectStop(env, page, stops.hub, 'hub');
      await watchWrongSteps(page);
      const clickTwice = (hrefs) =>
        page.evaluate((h) => {
          for (const href of h) document.querySelector(`a[href="${href}"]`).click();
        }, hrefs);
      await clickTwice([privacyPath, hubPath]);
      await expectStop(env, page, stops.hub, 'back on the hub at once');
      await page.click(`nav a[href="${privacyPath}"]`);
      await expectStop(env, page, stops.privacy, 'Data privacy');
      await clickTwice([aiPath, privacyPath]);
      await expectStop(env, page, stops.privacy, 'back on Data privacy at once');
      await sleep(300);
      assert.deepEqual(await wrongSteps(page), [], 'never a step mark on a link to the page shown');
      assert.deepEqual(page.errors, []);
    });

    test('the app renders the new page a moment after the URL changed, into new menu nodes', async () => {
      const page = await env.browser.newPage(`${origin}/mypreferences/d/`);
      await expectStop(env, page, stops.hub, 'hub');
      await watchWrongSteps(page);
      // The URL first, the page 150 ms later (popstate makes the replica render what the URL shows).
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        setTimeout(() => dispatchEvent(new PopStateEvent('popstate')), 150);
      }, privacyPath);
      await sleep(400);
      await expectStop(env, page, stops.privacy, 'Data privacy rendered late');
      // The app renders the menu again (new nodes): the mark stays on the one AI row, and nothing else gets it.
      await page.evaluate(() => {
        const menu = document.querySelector('nav ul');
        menu.replaceChildren(...[...menu.children].map((item) => item.cloneNode(true)));
      });
      await sleep(100);
      await expectStop(env, page, stops.privacy, 'menu rendered again');
      assert.deepEqual(await wrongSteps(page), [], 'never a step mark on a link to the page shown');
      assert.deepEqual(page.errors, []);
    });

    test('dismissed on the hub: gone for that visit; back again in-app, the step shows again', async () => {
      const page = await env.browser.newPage(`${origin}/mypreferences/d/`);
      await expectStop(env, page, stops.hub, 'hub');
      await page.press('Escape');
      await waitFor(
        page,
        () => !document.querySelector('optout-guide, [data-optout-guide-step]'),
        undefined,
        {
          what: 'the dismissed guide to go',
        },
      );
      await page.click(`nav a[href="${privacyPath}"]`);
      await expectStop(env, page, stops.privacy, 'Data privacy');
      await page.traverse(-1);
      await expectStop(env, page, stops.hub, 'Back on the hub: a new visit');
      assert.deepEqual(page.errors, []);
    });

    for (const [name, path, stop] of [
      ['the hub', '/mypreferences/d/', stops.hub],
      ['the AI page', aiPath, stops.ai],
    ]) {
      test(`dismissed on ${name}, feed by a full load, Back (restored from the cache): guided again, like in-app`, async () => {
        const page = await env.browser.newPage(`${origin}${path}?bfcache`);
        await expectStop(env, page, stop, name);
        await page.press('Escape');
        await waitFor(page, () => !document.querySelector('optout-guide'), undefined, {
          what: 'the dismissed guide to go',
        });
        assert.deepEqual((await guideMarks(page)).marks, [], 'dismissed: the mark goes with it');
        assert.equal(await waitForBadge(env.browser, page, ''), '', 'dismissed: no badge');
        // Firefox now and then keeps a page out of its cache (tests/e2e/back-forward.test.mjs): up to three trips.
        let restored = false;
        for (let trip = 0; trip < 3 && !restored; trip++) {
          await stamp(page);
          await page.goto(`${origin}/feed/?bfcache`);
          await expectStop(env, page, stops.feed, 'feed');
          await page.traverse(-1);
          await waitFor(page, (p) => location.pathname === p, stop.path, { what: 'back' });
          restored = await stamped(page);
        }
        assert.ok(restored, 'restored from the cache');
        await expectStop(env, page, stop, `Back on ${name}: a new visit`);
        assert.deepEqual(page.errors, []);
      });
    }

    test('a settings menu the app renders inside an open shadow root: its Data privacy entry is the step', async () => {
      const page = await env.browser.newPage(`${origin}/mypreferences/d/`);
      await expectStop(env, page, stops.hub, 'hub');
      // The app swaps its menu for a component holding the same menu in its own open shadow root.
      await page.evaluate(() => {
        const nav = document.querySelector('nav');
        const host = document.createElement('settings-menu');
        const copy = nav.cloneNode(true); // rendered anew: without the mark of the entry it replaces
        for (const entry of copy.querySelectorAll('[data-optout-guide-step]'))
          entry.removeAttribute('data-optout-guide-step');
        host.attachShadow({ mode: 'open' }).append(copy);
        nav.replaceWith(host);
      });
      const inShadow = await waitFor(
        page,
        () =>
          document
            .querySelector('settings-menu')
            ?.shadowRoot.querySelector('[data-optout-guide-step]')
            ?.getAttribute('href'),
        undefined,
        { what: 'the step mark in the menu component' },
      );
      assert.equal(inShadow, privacyPath);
      const marked = await page.evaluate(
        () =>
          document.querySelectorAll('[data-optout-guide-step]').length +
          document.querySelector('settings-menu').shadowRoot.querySelectorAll('[data-optout-guide-step]')
            .length,
      );
      assert.equal(marked, 1, 'one element carries the step mark');
      assert.deepEqual(page.errors, []);
    });

    test('Data privacy → AI page, switch turned Off, Back (restored from the cache): no step towards it any more', async () => {
      const page = await env.browser.newPage(`${origin}${privacyPath}?bfcache`);
      await expectStop(env, page, stops.privacy, 'Data privacy');
      // Firefox now and then keeps a page out of its cache (tests/e2e/back-forward.test.mjs): up to three trips.
      let restored = false;
      for (let trip = 0; trip < 3 && !restored; trip++) {
        await stamp(page);
        await page.goto(`${origin}${aiPath}?bfcache`);
        await waitFor(page, () => document.querySelector('[data-optout-guide-target]'), undefined, {
          what: 'the switch mark',
        });
        if (trip === 0) {
          await page.click('[role="switch"]');
          assert.equal(await waitForBadge(env.browser, page, '✓'), '✓', 'turned Off');
        }
        await page.traverse(-1);
        await waitFor(page, (p) => location.pathname === p, privacyPath, { what: 'back' });
        restored = await stamped(page);
      }
      assert.ok(restored, 'restored from the cache');
      // Loaded afresh, Data privacy points nowhere once the switch was seen Off: restored, it agrees.
      await expectStop(env, page, { ...stops.privacy, step: null, says: null }, 'Back on Data privacy');
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('optout-guide').length),
        0,
        'no callout',
      );
      assert.deepEqual(page.errors, []);
    });

    test('feed → AI page in-app (the guide loaded on the way), Back, Forward, Back: marks and badge', async () => {
      const page = await env.browser.newPage(`${origin}/feed/`);
      await expectStop(env, page, stops.feed, 'feed');
      await page.click(`main a[href*="data-for-ai-improvement"]`);
      await expectStop(env, page, stops.ai, 'AI page (in-app from the feed)');
      for (const [delta, stop, what] of [
        [-1, stops.feed, 'Back to the feed'],
        [1, stops.ai, 'Forward to the AI page'],
        [-1, stops.feed, 'Back to the feed again'],
      ]) {
        await page.traverse(delta);
        await expectStop(env, page, stop, what);
      }
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('optout-guide').length),
        0,
        'no callout',
      );
      assert.deepEqual(page.errors, []);
    });
  },
  { bfcache: true },
);
