// `npm run demo`, issue #8: the popup's first screen in three regions, the welcome page and the options page.
import { chooseRegion, sleep, waitFor } from '../tests/e2e/helpers.mjs';

/** The README's screenshots of the popup, welcome and options pages; `save(page, name, options)` writes one. */
export const firstRunScreenshots = [
  'popup-germany.png',
  'popup-united-states.png',
  'popup-united-kingdom.png',
  'welcome.png',
  'options.png',
];

/** Writes firstRunScreenshots with `browser` (a Chromium driver from tests/e2e/chromium.mjs). */
export async function takeFirstRunScreenshots(browser, save, language = 'en') {
  // The picker lists countries in the UI language (`npm run demo -- --lang de`): type the name it shows.
  const named = (region) =>
    new Intl.DisplayNames([language], { type: 'region' }).of(
      { Germany: 'DE', 'United States': 'US', 'United Kingdom': 'GB' }[region],
    );
  const popup = await browser.newPage(browser.popupUrl);
  await popup.setViewport(360, 600); // the first screen, as the toolbar popup shows it
  await popup.colorScheme('light');
  for (const region of ['Germany', 'United States', 'United Kingdom']) {
    await chooseRegion(popup, named(region));
    await popup.evaluate(() => scrollTo(0, 0));
    await sleep(300);
    await save(popup, `popup-${region.toLowerCase().replaceAll(' ', '-')}.png`);
  }
  await popup.close();

  for (const [name, path, ready] of [
    ['welcome.png', '/welcome.html', '#take-me'],
    ['options.png', '/options.html', '#delete-everything'],
  ]) {
    const page = await browser.newPage();
    await page.setViewport(800, 700);
    await page.colorScheme('light');
    await page.goto(`${browser.extensionOrigin}${path}`);
    await waitFor(page, (s) => document.querySelector(s), ready, { what: name });
    await sleep(300);
    await save(page, name, { fullPage: true });
    await page.close();
  }
}
