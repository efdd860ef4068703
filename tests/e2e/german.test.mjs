// A member with a German browser: the popup and the callout speak German, checked against the German messages,
// and on LinkedIn's German settings pages the callout names the setting the way the page does (docs/i18n.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startReplicaServer } from '../replica/server.mjs';
import { browsers, skipReason } from './browsers.mjs';
import { aiPath, origin, privacyPath, waitFor, waitForShadowText } from './helpers.mjs';
import { root } from './paths.mjs';

const messages = JSON.parse(readFileSync(`${root}public/_locales/de/messages.json`, 'utf8'));

/** A German message as chrome.i18n renders it: named placeholders → $1..$9 → the substitutions. */
function de(key, ...subs) {
  const entry = messages[key];
  assert.ok(entry, `no German message ${key}`);
  return entry.message
    .replace(/\$([a-z0-9_]+)\$/gi, (_, name) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
}

/** How each browser is started in German (docs/i18n.md, "Try another language"). */
const inGerman = {
  chromium: { args: ['--lang=de-DE'], env: { LANGUAGE: 'de' } },
  firefox: { prefs: { 'intl.locale.requested': 'de' } },
};

const exists = (selector) => document.querySelector(selector) !== null;

for (const browser of browsers) {
  const reason = skipReason(browser);
  if (reason) console.log(`${browser.name}: ${reason}`);
  describe(`German UI (${browser.name})`, { skip: reason, timeout: 120000 }, () => {
    let server;
    let driver;
    before(
      async () => {
        server = await startReplicaServer();
        driver = await browser.launch({ port: server.port, ...inGerman[browser.name] });
      },
      { timeout: 60000 },
    );
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    it('the extension runs in German and the popup says its sentences in German, within 360 px', async () => {
      const popup = await driver.newPage();
      await popup.setViewport(360, 600);
      await popup.goto(driver.popupUrl);
      const language = await popup.evaluate(() =>
        (globalThis.browser ?? globalThis.chrome).i18n.getUILanguage(),
      );
      assert.match(language, /^de\b/, 'the browser gives the extension a German UI language');
      await waitFor(popup, exists, '.settings-details', { what: 'the popup with its settings' });
      const seen = await popup.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.querySelector('h1')?.textContent,
        heading: document.querySelector('#status-heading')?.textContent,
        status: document.querySelector('#status-line')?.textContent,
        body: document.querySelector('.status-body')?.textContent,
        button: document.querySelector('#open-setting')?.textContent,
        footer: document.querySelector('.foot p')?.textContent,
        // Anything drawn past the popup's 360 px (a long word, a button label): scrollbars aside, nothing may be.
        overflow: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 360.5)
          .map((element) => element.outerHTML.slice(0, 80)),
      }));
      assert.deepEqual(seen, {
        lang: language,
        dir: 'ltr',
        title: de('extName'),
        heading: de('status_heading'),
        status: de('status_unseen'),
        body: de('status_unseen_body'),
        button: de('action_open_ai'),
        footer: de('popup_private'),
        overflow: [],
      });
      await popup.close();
    });

    it('on the German AI page the callout says the state in German', async () => {
      const page = await driver.newPage();
      await page.setViewport(1100, 700);
      await page.goto(`${origin}${aiPath}?hl=de`);
      await waitFor(page, exists, '[data-optout-guide-target="ai-training"]', { what: 'the marked switch' });
      const expected = [de('setting_ai_training_on'), de('guide_turn_off')];
      const text = await waitForShadowText(page, new RegExp(literal(expected[0])));
      for (const sentence of expected)
        assert.ok(text?.includes(sentence), `callout says "${sentence}": ${text}`);
      assert.ok(!text.includes('LinkedIn may use your data'), 'no English sentence left');
      await page.close();
    });

    it('on the German Data privacy page the callout names the row "Daten zur Verbesserung generativer KI"', async () => {
      const page = await driver.newPage();
      await page.setViewport(1100, 700);
      await page.goto(`${origin}${privacyPath}?hl=de`);
      await waitFor(page, exists, '[data-optout-guide-step="ai-training"]', { what: 'the step mark' });
      const step = de('guide_step', 'Daten zur Verbesserung generativer KI');
      const text = await waitForShadowText(page, new RegExp(literal(step)));
      assert.ok(text?.includes(step), `callout says "${step}": ${text}`);
      await page.close();
    });

    it('after the guide saw the switch, the popup states it in German, still within 360 px', async () => {
      const popup = await driver.newPage();
      await popup.setViewport(360, 600);
      await popup.goto(driver.popupUrl);
      const state = await waitFor(
        popup,
        () => document.querySelector('[data-setting="ai-training"] .check-state.on')?.textContent,
        undefined,
        { what: 'the AI-training row seen On' },
      );
      assert.ok(state.startsWith(de('checklist_on', '')), `"${state}" is the German state`);
      const status = await popup.evaluate(() => document.querySelector('#status-line')?.textContent);
      assert.ok(status.startsWith(de('status_on', '')), `"${status}" is the German status`);
      const overflow = await popup.evaluate(() => {
        // The checklist as a member who unfolds it sees it.
        for (const details of document.querySelectorAll('details')) details.open = true;
        return [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 360.5)
          .map((element) => element.outerHTML.slice(0, 80));
      });
      assert.deepEqual(overflow, []);
      await popup.close();
    });
  });
}

/** `text` as a literal inside a RegExp. */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
