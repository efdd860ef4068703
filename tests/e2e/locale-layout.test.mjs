// The popup in every shipped language, laid out by a real browser at its 360 px: no word is cut in two. Words may break
// only where the language allows (spaces, hyphens, slashes); happy-dom has no layout, so tests/unit/locale-fit.test.tsx
// can only estimate widths (docs/i18n.md). Chromium only: Firefox ships just the de and fr language packs here.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { browsers, skipReason } from './browsers.mjs';
import { waitFor } from './helpers.mjs';
import { root } from './paths.mjs';

const chromium = browsers.find((browser) => browser.name === 'chromium');
const locales = readdirSync(`${root}public/_locales`).sort();

// Every setting seen, On and Off in turn: the longest states the checklist shows, beside the longest names.
const record = Object.fromEntries(
  [
    'ai-training',
    'partner-sharing',
    'ads-beyond-linkedin',
    'ads-third-party-data',
    'ads-measurement',
    'research',
  ].map((id, i) => [id, { state: i % 2 ? 'on' : 'off', seenAt: '2026-11-29T09:00:00.000Z' }]),
);

/** Runs in the popup: every piece of a word (between spaces, hyphens and slashes) drawn on more than one line. */
function cutWords() {
  const cut = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden, .policy-visually-hidden, [hidden], option')) continue;
    for (const piece of node.nodeValue.matchAll(/[^\s/\-‐–—]+/g)) {
      const range = document.createRange();
      range.setStart(node, piece.index);
      range.setEnd(node, piece.index + piece[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      );
      if (lines.size > 1) cut.push(`${piece[0]} (in "${node.nodeValue.slice(0, 60)}")`);
    }
  }
  return cut;
}

describe('the popup in every language at 360 px (chromium)', {
  skip: skipReason(chromium),
  timeout: 300000,
}, () => {
  for (const locale of locales) {
    describe(locale, () => {
      let driver;
      before(
        async () => {
          const tag = locale.replace('_', '-');
          // Chromium on Linux takes its UI language from LANGUAGE together with --lang (docs/i18n.md).
          driver = await chromium.launch({ port: 1, args: [`--lang=${tag}`], env: { LANGUAGE: locale } });
        },
        { timeout: 60000 },
      );
      after(() => driver?.close());

      it('no word of the popup, checklist and explanation unfolded, is cut in two', async () => {
        await driver.inExtension((values) => chrome.storage.local.set(values), {
          region: 'DE',
          record,
          record$: { v: 2 },
        });
        const popup = await driver.newPage();
        await popup.setViewport(360, 800);
        await popup.goto(driver.popupUrl);
        await waitFor(popup, () => document.querySelectorAll('.check-state.on').length === 3, undefined, {
          what: 'the checklist with every setting seen',
        });
        const language = await popup.evaluate(() => chrome.i18n.getUILanguage());
        assert.equal(language.replace('-', '_').split('_')[0], locale.split('_')[0], 'the UI language');
        await popup.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        assert.deepEqual(await popup.evaluate(cutWords), []);
        await popup.close();
      });
    });
  }
});
