// `npm run store-images`: the store screenshots (1280×800) and the small promo tile (440×280) in docs/store/images/,
// taken like `npm run demo`'s: the built extension in Chromium against the bundled replica, so they stay true.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { chromiumPath, launchChromium } from '../tests/e2e/chromium.mjs';
import { aiPath, origin, privacyPath, sleep, waitFor } from '../tests/e2e/helpers.mjs';
import { root } from '../tests/e2e/paths.mjs';
import { startReplicaServer } from '../tests/replica/server.mjs';

const outDir = join(root, 'docs', 'store', 'images');
const size = { width: 1280, height: 800 };
const exists = (selector) => document.querySelector(selector) !== null;

/** Both stores want PNGs without an alpha channel: re-encode as 24-bit RGB. */
const rgb = (png) => PNG.sync.write(PNG.sync.read(Buffer.from(png)), { colorType: 2 });
const save = (name, png) => writeFileSync(join(outDir, name), rgb(png));

/** A width×height PNG of `background` with `images` ({ png, x, y }) copied onto it. */
function compose(width, height, background, images) {
  const canvas = new PNG({ width, height });
  for (let i = 0; i < canvas.data.length; i += 4) canvas.data.set([...background, 255], i);
  for (const { png, x, y } of images) {
    const image = PNG.sync.read(Buffer.from(png));
    PNG.bitblt(image, canvas, 0, 0, image.width, image.height, x, y);
  }
  return PNG.sync.write(canvas);
}

async function settingPages(browser) {
  const page = await browser.newPage();
  await page.setViewport(size.width, size.height);
  await page.goto(`${origin}${aiPath}`);
  await waitFor(page, exists, '[data-optout-guide-target]', { what: 'the ring' });
  await sleep(600);
  save('1-setting-on.png', await page.screenshot());
  await page.click('[role="switch"]');
  await sleep(600);
  save('2-setting-off.png', await page.screenshot());
  await page.goto(`${origin}${privacyPath}`);
  await waitFor(page, exists, '[data-optout-guide-step]', { what: 'the step mark' });
  await sleep(400);
  save('3-privacy-step.png', await page.screenshot());
  await page.goto(`${origin}${aiPath}?variant=noswitch`);
  await waitFor(page, exists, 'optout-guide', { timeout: 10000, what: 'the fallback callout' });
  await sleep(600);
  save('5-fallback.png', await page.screenshot());
  await page.close();
}

/** The popup in light and dark, side by side at its real size on a neutral background. */
async function popups(browser) {
  const shots = [];
  const popup = await browser.newPage();
  await popup.setViewport(380, 720);
  for (const scheme of ['light', 'dark']) {
    await popup.colorScheme(scheme);
    await popup.goto(browser.popupUrl);
    await sleep(300);
    shots.push(await popup.screenshot());
  }
  await popup.close();
  const gap = 80;
  const left = (size.width - 2 * 380 - gap) / 2;
  const images = shots.map((png, i) => ({ png, x: left + i * (380 + gap), y: 40 }));
  save('4-popup.png', compose(size.width, size.height, [0xe7, 0xe5, 0xe4], images));
}

/** The 440×280 tile: the icon, the name and what it does, in the ring's colours. */
async function promoTile(browser) {
  const icon = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
  const page = await browser.newPage();
  await page.setViewport(440, 280);
  await page.raw.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: 440px; height: 280px; display: flex; align-items: center; gap: 22px; padding: 0 30px;
      box-sizing: border-box; background: #fff7ed; color: #431407; font-family: system-ui, sans-serif; }
    svg { width: 112px; height: 112px; flex: none; }
    h1 { font-size: 30px; line-height: 1.1; margin: 0 0 10px; }
    p { font-size: 17px; line-height: 1.3; margin: 0; }
  </style><body>${icon}<div><h1>Opt-Out Guide for LinkedIn</h1>
  <p>Finds the switch that stops AI training on your data. Guides, never clicks.</p></div></body>`);
  save('promo-tile-440x280.png', await page.screenshot());
  await page.close();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = await startReplicaServer();
  const browser = await launchChromium({ port: server.port, headless: true });
  try {
    await settingPages(browser);
    await popups(browser);
    await promoTile(browser);
    console.log(`Store images written to ${outDir}/`);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

if (!existsSync(chromiumPath)) {
  console.log('skipped: the store images need Chromium (apt-get install -y chromium)');
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
