// `npm run demo`: the built extension in Chromium against the bundled replica of LinkedIn's settings pages.
// With a display it opens a window to try the guide by hand; without one it writes screenshots instead.
// `--docs` also copies the screenshots the README shows into docs/screenshots/.
// `--lang de` (any folder of public/_locales) runs Chromium in that UI language; screenshots go to a folder per language.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, launchChromium } from '../tests/e2e/chromium.mjs';
import {
  aiPath,
  chooseRegion,
  origin,
  privacyPath,
  sleep,
  waitFor,
  waitForShadowText,
} from '../tests/e2e/helpers.mjs';
import { root } from '../tests/e2e/paths.mjs';
import { startReplicaServer } from '../tests/replica/server.mjs';
import { firstRunScreenshots, takeFirstRunScreenshots } from './demo-first-run.mjs';

/** The UI language: `--lang de` or `--lang=pt_BR`, a folder of public/_locales (English by default). */
const lang = (() => {
  const at = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? 'en' : process.argv[at].split('=')[1] || process.argv[at + 1];
  if (!existsSync(join(root, 'public', '_locales', value ?? '', 'messages.json'))) {
    throw new Error(`--lang ${value}: no public/_locales/${value}/messages.json`);
  }
  return value;
})();
const english = lang === 'en';
const tag = lang.replace('_', '-');
const messages = JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8'));
/** The start of a message in the demo's language, before its first placeholder: enough to wait for it. */
const said = (key) => messages[key].message.split('$')[0].trim();
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Chromium on Linux takes its UI language from LANGUAGE together with --lang (chromium-l10n installed).
const inLanguage = english ? {} : { args: [`--lang=${tag}`], env: { LANGUAGE: lang } };
// The replica has a German UI (`?hl=de`); other languages see its English pages, as a member whose LinkedIn is in English.
const hl = lang === 'de' ? '?hl=de' : '';

const outDir = join(root, 'demo-screenshots', ...(english ? [] : [lang]));
const docsDir = join(root, 'docs', 'screenshots', ...(english ? [] : [lang]));
// The screenshots the README shows.
const forDocs = [
  'popup-light.png',
  'popup-dark.png',
  'setting-on.png',
  'setting-off.png',
  'privacy-step.png',
  'fallback.png',
  'checkup.png',
  'popup-checklist.png',
  ...firstRunScreenshots,
];

const exists = (selector) => document.querySelector(selector) !== null;

/** Writes the popup (light, dark), the ringed switch On and Off, the step mark, the fallback and a checkup. */
async function takeScreenshots(browser) {
  mkdirSync(outDir, { recursive: true });
  const save = (page, name, options = {}) => page.raw.screenshot({ path: join(outDir, name), ...options });

  const popup = await browser.newPage();
  await popup.setViewport(360, 600);
  for (const scheme of ['light', 'dark']) {
    await popup.colorScheme(scheme);
    await popup.goto(browser.popupUrl);
    await sleep(300);
    await save(popup, `popup-${scheme}.png`); // the first screen, as the toolbar popup shows it
  }
  await popup.close();

  const page = await browser.newPage();
  await page.setViewport(1100, 460);
  await page.goto(`${origin}${aiPath}${hl}`);
  await waitFor(page, exists, '[data-optout-guide-target]', { what: 'the ring' });
  await sleep(600);
  await save(page, 'setting-on.png');
  await page.click('[role="switch"]');
  await sleep(600);
  await save(page, 'setting-off.png');

  await page.goto(`${origin}${privacyPath}${hl}`);
  await waitFor(page, exists, '[data-optout-guide-step]', { what: 'the step mark' });
  await sleep(400);
  await save(page, 'privacy-step.png');

  await page.goto(`${origin}${aiPath}?variant=noswitch`);
  await waitFor(page, exists, 'optout-guide', { timeout: 10000, what: 'the fallback callout' });
  await sleep(600);
  await save(page, 'fallback.png');
  await page.close();

  // Journey 4, as a member in the US: "Start checkup" plans what was not seen Off (AI training was, just above).
  const start = await browser.newPage(browser.popupUrl);
  await start.setViewport(360, 600);
  await chooseRegion(start, new Intl.DisplayNames([tag], { type: 'region' }).of('US'));
  await start.click('#start-checkup');
  const walk = await browser.waitForPage((url) => url.startsWith(`${origin}/mypreferences/d/settings/`));
  // Taller than the pages above: the checkup's callout is taller, and below ~500 px it covers the switch.
  await walk.setViewport(1100, 560);
  await walkCheckup(walk, new Set(['ads-measurement']), async (step) => {
    if (step === 2) await save(walk, 'checkup.png');
  });
  await walk.close();

  const after = await browser.newPage();
  await after.setViewport(360, 600);
  await after.goto(browser.popupUrl);
  await waitFor(after, exists, '.checkup-summary', { what: 'the checkup summary' });
  await after.evaluate(() => {
    document.querySelector('.settings-details').open = true; // the list sits behind its counts (issue #8)
    scrollTo(0, scrollY + document.querySelector('#settings-heading').getBoundingClientRect().top - 12);
  });
  await sleep(300);
  await save(after, 'popup-checklist.png');
  await after.close();

  await takeFirstRunScreenshots(browser, save, tag);
}

const markedSetting = () =>
  document.querySelector('[data-optout-guide-target]')?.getAttribute('data-optout-guide-target');

/**
 * Walks the checkup shown in `page` to its end: turns every switch off but those in `leaveOn`, calls `onStep` with
 * the 1-based step once the member's choice shows, then presses "Next setting" (or "Done" on the last).
 */
async function walkCheckup(page, leaveOn, onStep) {
  for (let step = 1; ; step++) {
    const id = await waitFor(page, markedSetting, undefined, { what: `the marked switch of step ${step}` });
    const [next, done] = [said('checkup_next'), said('checkup_done')].map(literal);
    const last = new RegExp(done).test(await waitForShadowText(page, new RegExp(`${next}|${done}`)));
    if (!leaveOn.has(id)) {
      await page.click('[role="switch"]');
      await waitForShadowText(page, new RegExp(literal(said('guide_off_recorded'))));
    }
    await sleep(600); // the scroll into view and the callout's placement settle
    await onStep(step);
    const path = await page.evaluate(() => location.pathname);
    await page.clickInShadow('optout-guide', { 'data-action': last ? 'checkup-done' : 'checkup-next' });
    if (last) return;
    await waitFor(page, (p) => location.pathname !== p, path, { what: `the page after step ${step}` });
  }
}

async function main() {
  if (!existsSync(chromiumPath)) {
    console.log('skipped: the demo needs Chromium (apt-get install -y chromium)');
    return;
  }
  const server = await startReplicaServer();
  const headless = !process.env.DISPLAY;
  const browser = await launchChromium({ port: server.port, headless, ...inLanguage });
  if (!headless) {
    await browser.newPage(browser.popupUrl);
    await browser.newPage(`${origin}${privacyPath}`);
    console.log(
      `Chromium is open with the extension; ${origin}/ is the replica on 127.0.0.1:${server.port}.`,
    );
    console.log(`Try ${origin}${aiPath} and the toolbar popup. Close the window or press Ctrl+C to stop.`);
    await new Promise((resolve) => {
      browser.onClose(resolve);
      process.once('SIGINT', resolve);
    });
  } else {
    try {
      await takeScreenshots(browser);
      console.log(`No display: screenshots written to ${outDir}/`);
      if (process.argv.includes('--docs')) {
        mkdirSync(docsDir, { recursive: true });
        // Another language's README pictures: the popup and the callout beside the English ones.
        const shots = english ? forDocs : ['popup-light.png', 'setting-on.png', 'privacy-step.png'];
        for (const name of shots) copyFileSync(join(outDir, name), join(docsDir, name));
        console.log(`Copied ${shots.join(', ')} to ${docsDir}/`);
      }
    } finally {
      await browser.close().catch(() => {});
    }
  }
  await browser.close().catch(() => {});
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
