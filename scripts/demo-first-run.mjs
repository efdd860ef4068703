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

const regions = { DE: 'popup-germany.png', US: 'popup-united-states.png', GB: 'popup-united-kingdom.png' };

/** Writes firstRunScreenshots with `browser` (a Chromium driver from tests/e2e/chromium.mjs) in UI language `tag`. */
export async function takeFirstRunScreenshots(browser, save, tag = 'en') {
  const popup = await browser.newPage(browser.popupUrl);
  await popup.setViewport(360, 600); // the first screen, as the toolbar popup shows it
  await popup.colorScheme('light');
  for (const [code, name] of Object.entries(regions)) {
    await chooseRegion(popup, new Intl.DisplayNames([tag], { type: 'region' }).of(code));
    // After a choice focus returns to Change; the first screen as the member opens it has no focus ring.
    await popup.evaluate(() => {
      document.activeElement?.blur();
      scrollTo(0, 0);
    });
    await sleep(300);
    await save(popup, name);
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
