// What the benchmark measures in Firefox: switch inserted → marked, beside the poller (through the e2e driver).
import { launchFirefox } from '../tests/e2e/firefox.mjs';
import { insertInPage } from './insertions.mjs';
import { settingPath, targetAttribute } from './pages.mjs';
import { sleep } from './stats.mjs';
import { pollerAttribute } from './yardsticks.mjs';

/** Insertion timings in Firefox with our extension and the poller installed. */
export async function benchFirefox({ port, yardsticks, insertions, log }) {
  const browser = await launchFirefox({ port, extra: [yardsticks.poller] });
  try {
    log('firefox: insertions');
    const page = await browser.newPage(`https://www.linkedin.com${settingPath}`);
    for (
      let tries = 0;
      !(await page.evaluate((name) => window.__marks?.[name] !== undefined, targetAttribute));
      tries++
    ) {
      if (tries > 100) throw new Error('firefox: the guide never marked the switch');
      await sleep(100);
    }
    return await page.evaluate(insertInPage, {
      count: insertions,
      ours: targetAttribute,
      poller: pollerAttribute,
    });
  } finally {
    await browser.close();
  }
}
