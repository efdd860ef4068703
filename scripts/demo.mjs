// `npm run demo`: the built extension in Chromium against the bundled replica of LinkedIn's settings pages.
// With a display it opens a window to try the guide by hand; without one it writes screenshots instead.
// `--docs` also copies the screenshots the README shows into docs/screenshots/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, launchChromium } from '../tests/e2e/chromium.mjs';
import { aiPath, origin, privacyPath, sleep, waitFor } from '../tests/e2e/helpers.mjs';
import { root } from '../tests/e2e/paths.mjs';
import { startReplicaServer } from '../tests/replica/server.mjs';

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
];

const exists = (selector) => document.querySelector(selector) !== null;

/** Writes the popup (light, dark), the ringed switch On and Off, the step mark and the fallback. */
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
