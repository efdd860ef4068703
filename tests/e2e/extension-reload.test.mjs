// An update or reload of the extension while a settings page is guided: the old script's ring, callout and marks
// go (nothing orphaned), the page sees no error, and the new version guides the open tab again without a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, guideMarks, origin, sleep, waitFor, waitForShadowText } from './helpers.mjs';
import { extensionDir } from './paths.mjs';

/**
 * Reloads the extension as an update would. Chromium: CDP's Extensions.loadUnpacked of the same build (under
 * Playwright, chrome.runtime.reload() leaves a command-line extension disabled); Firefox: browser.runtime.reload().
 */
async function reloadExtension(browser) {
  if (browser.name === 'chromium') {
    const cdp = await browser.context.browser().newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: extensionDir('chrome') });
    await cdp.detach();
  } else {
    await browser.inExtension(() => browser.runtime.reload()).catch(() => {});
  }
}

/** One host and one mark, and the page's own load count unchanged: guided again in the same document. */
const guidedOnce = () => {
  const marks = document.querySelectorAll('[data-optout-guide-target]').length;
  const hosts = document.querySelectorAll('optout-guide').length;
  return marks === 1 && hosts === 1 && window.__before === true;
};

describeInBrowsers(
  'extension reload while guiding',
  (env) => {
    test('the old guide leaves nothing behind and the new version guides the page again', async () => {
      const page = await env.browser.newPage(`${origin}${aiPath}`);
      await waitFor(page, () => document.querySelector('[data-optout-guide-target]'), undefined, {
        what: 'the first mark',
      });
      await waitForShadowText(page, /On — LinkedIn may use your data/);
      await page.evaluate(() => (window.__before = true)); // the same document all along: no page reload
      await reloadExtension(env.browser);
      await sleep(1500); // the old script notices, the new one starts
      await waitFor(page, guidedOnce, undefined, {
        timeout: 6000,
        what: 'one host and one mark after the reload',
      });
      await sleep(1000);
      const after = await guideMarks(page);
      assert.equal(after.hosts, 1, 'one <optout-guide> host: the old one is gone');
      assert.deepEqual(
        after.marks.map((mark) => mark.target),
        ['ai-training'],
      );
      assert.match((await waitForShadowText(page, /On — LinkedIn may use your data/)) ?? '', /On — LinkedIn/);
      // The new guide is alive: the member turns the switch off and the callout confirms it.
      await page.click('[role="switch"]');
      assert.match((await waitForShadowText(page, /Off — recorded on/)) ?? '', /Off — recorded on/);
      assert.equal((await guideMarks(page)).hosts, 1);
      assert.deepEqual(page.errors, []);
    });
  },
  { args: ['--enable-unsafe-extension-debugging'] },
); // Chromium: lets CDP load the extension again
