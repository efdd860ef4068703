// Renders scripts/icon.svg to public/icon/<size>.png with headless Chromium (`node scripts/make-icons.mjs`);
// WXT picks those files up as the extension's icons. The PNGs are committed; run this only after editing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const sizes = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('./icon.svg', import.meta.url));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img src="${source}" width="${size}" height="${size}"></body>`,
    );
    await page.waitForFunction(() => document.images[0].complete);
    const path = new URL(`../public/icon/${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
