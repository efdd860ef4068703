// Everything the benchmark measures in Chromium: traces of page loads, insertions, the popup, a big page, the heap.
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { breakdown, profilerCategory } from './breakdown.mjs';
import { runOrder } from './compare.mjs';
import { insertInPage } from './insertions.mjs';
import { settingPath, targetAttribute, twinPath } from './pages.mjs';
import { sleep } from './stats.mjs';
import { analyse, startTrace } from './trace.mjs';
import { pollerAttribute } from './yardsticks.mjs';

const origin = 'https://www.linkedin.com';

/** One load of `url` in `page`, traced for `ms` (with `extra` categories); `read` of its trace. */
async function tracedLoad(page, cdp, url, ms, { extra = [], read = analyse } = {}) {
  const stop = await startTrace(cdp, extra);
  await page.goto(url, { waitUntil: 'load' });
  await sleep(ms);
  return read(await stop());
}

/** Loads `url` `loads` times in one tab, each traced for `ms`; returns each load's analysis (`read` of the trace). */
async function tracedLoads(browser, url, loads, ms, options) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  // Warm: caches and the renderer, as a member's later visits. Twice: the first load traced after a single visit
  // was often the slowest of its run, and with 9 loads the p90 is the slowest.
  for (let i = 0; i < 2; i++) await page.goto(url);
  const results = [];
  for (let i = 0; i < loads; i++) {
    await page.goto('about:blank');
    results.push(await tracedLoad(page, cdp, url, ms, options));
  }
  await page.close();
  return results;
}

/**
 * Loads `url` once in each of `loads` new tabs, traced for `ms`: a member's first visit, in a renderer that has not run
 * the guide yet, which compiles its functions as they are first called.
 */
async function coldLoads(browser, url, loads, ms) {
  const results = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.context.newPage();
    results.push(await tracedLoad(page, await browser.context.newCDPSession(page), url, ms));
    await page.close();
  }
  return results;
}

/** Popup open → first contentful and largest contentful paint (ms), `loads` times. */
async function popupPaints(browser, loads) {
  const out = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.context.newPage();
    await page.goto(browser.popupUrl, { waitUntil: 'load' });
    await sleep(500);
    out.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1);
              resolve({ fcp, lcp: last?.startTime ?? null });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  return out;
}

/** Time to mark on a page (ms after navigation start and after DOMContentLoaded), `loads` times. */
async function timeToMark(browser, url, loads) {
  const page = await browser.context.newPage();
  const out = [];
  for (let i = 0; i < loads; i++) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((name) => window.__marks?.[name] !== undefined, targetAttribute, {
      timeout: 10000,
    });
    out.push(
      await page.evaluate((name) => {
        const ready = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
        return {
          fromStart: window.__marks[name],
          fromReady: window.__marks[name] - ready,
          nodes: document.getElementsByTagName('*').length,
        };
      }, targetAttribute),
    );
  }
  await page.close();
  return out;
}

/** The renderer's JS heap (MB, after a full GC) on `url` after `seconds` of the page's own mutations. */
async function heapAfter(browser, urls, seconds) {
  const tabs = [];
  for (const url of urls) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    tabs.push({ page, cdp });
  }
  const heap = async ({ cdp }) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  await sleep(1000);
  const before = await Promise.all(tabs.map(heap));
  await sleep(seconds * 1000);
  const after = await Promise.all(tabs.map(heap));
  for (const { page } of tabs) await page.close();
  return urls.map((url, i) => ({ url, beforeMb: before[i], afterMb: after[i] }));
}

/**
 * Chromium with ours and the yardsticks, once our background has noted the tabs open at its install: it loads the
 * guide again into those on every page load (lib/background/reinject.ts), so a bench tab it counted by racing with
 * the launch would be measured with the guide evaluated twice per load, as no tab opened later is. `extension`: the
 * Chrome build to load (default: this checkout's).
 */
async function launch({ port, yardsticks, extension }) {
  const browser = await launchChromium({
    port,
    ...(extension && { extension }),
    extra: [yardsticks.empty, yardsticks.poller],
  });
  for (let tries = 0; tries < 100; tries++) {
    const noted = await browser
      .worker()
      ?.evaluate(async () => (await chrome.storage.session.get('tabs-before-update'))['tabs-before-update'])
      .catch(() => undefined);
    if (noted) break;
    await sleep(50);
  }
  return browser;
}

/** Runs every Chromium measurement; `log` reports progress. */
export async function benchChromium({ port, yardsticks, loads, insertions, heapSeconds, log }) {
  const browser = await launch({ port, yardsticks });
  try {
    log('chromium: feed loads');
    const feed = await tracedLoads(browser, `${origin}/feed/`, loads, 2500);
    log('chromium: setting page loads');
    const setting = await tracedLoads(browser, `${origin}${settingPath}`, loads, 4000);
    log('chromium: unguided twin loads');
    const twin = await tracedLoads(browser, `${origin}${twinPath}`, loads, 4000);
    log('chromium: setting page, first loads in new tabs');
    const settingCold = await coldLoads(browser, `${origin}${settingPath}`, loads, 2000);
    log('chromium: insertions');
    const page = await browser.context.newPage();
    await page.goto(`${origin}${settingPath}`, { waitUntil: 'load' });
    await page.waitForFunction((name) => window.__marks?.[name] !== undefined, targetAttribute);
    const inserted = await page.evaluate(insertInPage, {
      count: insertions,
      ours: targetAttribute,
      poller: pollerAttribute,
    });
    await page.close();
    log('chromium: popup');
    const popup = await popupPaints(browser, loads);
    log('chromium: 5,000-node page');
    const big = await timeToMark(browser, `${origin}${settingPath}?bench=big`, loads);
    const small = await timeToMark(browser, `${origin}${settingPath}`, loads);
    log(`chromium: heap (${heapSeconds} s of mutations)`);
    const heap = await heapAfter(
      browser,
      [`${origin}${settingPath}?bench=churn`, `${origin}${twinPath}?bench=churn`],
      heapSeconds,
    );
    return { feed, setting, twin, settingCold, inserted, popup, big, small, heap };
  } finally {
    await browser.close();
  }
}

/** `npm run bench -- --breakdown`: setting page loads traced with V8's CPU profiler; each load's figures and breakdown. */
export async function breakdownChromium({ port, yardsticks, loads, code, log }) {
  const browser = await launch({ port, yardsticks });
  try {
    log('chromium: setting page loads, with the CPU profiler');
    return await tracedLoads(browser, `${origin}${settingPath}`, loads, 2000, {
      extra: [profilerCategory],
      read: (events) => ({ ...analyse(events), breakdown: breakdown(events, { code }) }),
    });
  } finally {
    await browser.close();
  }
}

/**
 * `npm run bench -- --compare A B …`: the setting page in each build (a folder holding `chrome-mv3`), `loads` loads
 * per round after one left out, the builds' order alternating from round to round; per build (in `builds` order) the
 * per-load analyses of each launch.
 */
export async function compareChromium({ port, yardsticks, builds, rounds, loads, log }) {
  const results = builds.map(() => []);
  for (const [round, order] of runOrder(builds.length, rounds).entries()) {
    for (const i of order) {
      log(`chromium: round ${round + 1} of ${rounds}, ${builds[i]}`);
      const browser = await launch({ port, yardsticks, extension: `${builds[i]}/chrome-mv3` });
      try {
        // A fresh browser's first traced load read 1.2–2.5 times its launch's median (6 launches of one build, 30 Nov
        // 2026); at 5 loads a launch it would be a fifth of the samples, so it is traced and left out.
        const traced = await tracedLoads(browser, `${origin}${settingPath}`, loads + 1, 2000);
        results[i].push(traced.slice(1));
      } finally {
        await browser.close();
      }
    }
  }
  return results;
}
