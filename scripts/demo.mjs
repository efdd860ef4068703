// `npm run demo`: the built extension in Chromium against the bundled replica of LinkedIn's settings pages.
// With a display it opens a window to try the guide by hand; without one it writes screenshots instead.
// `--docs` also copies the screenshots the README shows into docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
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

const outDir = join(root, 'demo-screenshots');
const docsDir = join(root, 'docs', 'screenshots');
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
  await page.goto(`${origin}${aiPath}`);
  await waitFor(page, exists, '[data-optout-guide-target]', { what: 'the ring' });
  await sleep(600);
  await save(page, 'setting-on.png');
  await page.click('[role="switch"]');
  await sleep(600);
  await save(page, 'setting-off.png');

  await page.goto(`${origin}${privacyPath}`);
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
  await chooseRegion(start, 'United States');
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

  await takeFirstRunScreenshots(browser, save);
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
    const last = /\bDone\b/.test(await waitForShadowText(page, /\b(Next setting|Done)\b/));
    if (!leaveOn.has(id)) {
      await page.click('[role="switch"]');
      await waitForShadowText(page, /Off — recorded/);
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
  const browser = await launchChromium({ port: server.port, headless });
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
        for (const name of forDocs) copyFileSync(join(outDir, name), join(docsDir, name));
        console.log(`Copied ${forDocs.join(', ')} to ${docsDir}/`);
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
