// Drives Debian's Chromium with the built extension through playwright-core (docs/toolchain.md, "Chromium").
// www.linkedin.com resolves to the replica server; every other host resolves nowhere, so nothing else is reachable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { elementInHost, sleep, textOfHost } from './helpers.mjs';
import { extensionDir } from './paths.mjs';

export const chromiumPath = '/usr/bin/chromium';

/** Chromium's flags: the extension, the replica for www.linkedin.com, and no traffic of Chromium's own. */
export const chromiumArgs = (extension, port) => [
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP * ~NOTFOUND`,
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Wraps a Playwright page in the driver interface shared with firefox.mjs. */
function wrapPage(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    errors,
    url: async () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector, { timeout: 3000 }),
    // Replaces the field's content with `text` (one input event, as when pasting).
    fill: (selector, text) => page.locator(selector).fill(text, { timeout: 3000 }),
    press: (key) => page.keyboard.press(key),
    // A pointer pressed (and later released) at a point of the viewport: what lands there gets the mousedown.
    mouseDown: async (x, y) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
    },
    mouseUp: () => page.mouse.up(),
    screenshot: () => page.screenshot(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    forcedColors: (value) => page.emulateMedia({ forcedColors: value }),
    bringToFront: () => page.bringToFront(),
    // Back (-1) or Forward (1); 'commit', since a page restored from the back-forward cache fires no load.
    traverse: (delta) =>
      delta < 0 ? page.goBack({ waitUntil: 'commit' }) : page.goForward({ waitUntil: 'commit' }),
    // CDP's DOM.getDocument with pierce reaches closed shadow roots, which page scripts cannot.
    async shadowText(tag) {
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        return textOfHost(root, tag);
      } finally {
        await cdp.detach();
      }
    },
    // Playwright cannot select inside a closed shadow root; CDP finds the element and its box, then the mouse
    // clicks there like a member would (whatever covers that point gets the click).
    async clickInShadow(tag, attributes) {
      const cdp = await page.context().newCDPSession(page);
      try {
        let element = null;
        for (let tries = 0; !element && tries < 60; tries++) {
          if (tries) await sleep(50);
          const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
          element = elementInHost(root, tag, attributes);
        }
        if (!element) throw new Error(`clickInShadow: nothing in <${tag}> has ${JSON.stringify(attributes)}`);
        const { backendNodeId } = element;
        await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
        const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
        const [x1, y1, , , x3, y3] = model.border;
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      } finally {
        await cdp.detach();
      }
    },
    close: () => page.close().catch(() => {}),
    raw: page,
  };
}

/** Starts Chromium with the extension and returns the browser driver (see browsers.mjs for the interface). */
export async function launchChromium({
  port,
  headless = true,
  extension = extensionDir('chrome'),
  extra = [], // more unpacked extensions beside ours (the benchmark's yardsticks)
  args = [],
  bfcache = false, // keep Chromium's back-forward cache on, as in Chrome outside test harnesses
  env = {}, // e.g. LANGUAGE=de: Chromium on Linux takes its UI language from it (with --lang), docs/i18n.md
} = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'optout-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless,
    args: [...chromiumArgs([extension, ...extra].join(','), port), ...args],
    env: { ...process.env, ...env },
    viewport: { width: 1200, height: 800 },
    ...(bfcache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10000 }));
  const extensionId = new URL(worker.url()).host;
  const wrapped = new Map();
  const wrap = (page) => {
    if (!wrapped.has(page)) wrapped.set(page, wrapPage(page));
    return wrapped.get(page);
  };
  const [firstTab] = context.pages();
  for (const page of context.pages()) wrap(page);
  context.on('page', wrap);
  // Every request a page, a content script or the service worker makes (Chromium's own traffic is not included).
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));

  return {
    name: 'chromium',
    /** The service worker running now (a new one after the extension reloads). */
    worker: () =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)),
    extensionOrigin: `chrome-extension://${extensionId}`,
    context,
    popupUrl: `chrome-extension://${extensionId}/popup.html`,
    async newPage(url) {
      const page = wrap(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    /** Closes every tab but the first and `keep`, so one test's tabs cannot confuse the next. */
    async resetTabs(keep = []) {
      const kept = new Set([firstTab, ...keep.map((page) => page.raw)]);
      await Promise.all(
        context
          .pages()
          .filter((p) => !kept.has(p))
          .map((p) => p.close().catch(() => {})),
      );
    },
    /** Every open tab's URL. */
    urls: async () => context.pages().map((p) => p.url()),
    /** The page whose URL satisfies `match` once one exists (the extension opened it), within `timeout` ms. */
    async waitForPage(match, timeout = 4000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const found = context.pages().find((p) => match(p.url()));
        if (found) return wrap(found);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no tab matched within ${timeout} ms; tabs: ${context.pages().map((p) => p.url())}`);
    },
    /** The badge text of the tab showing `page`, read in the service worker. */
    async badgeText(page) {
      const url = await page.url();
      return worker.evaluate(async (tabUrl) => {
        const tabs = (await chrome.tabs.query({})).filter((tab) => tab.url === tabUrl);
        if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${tabUrl}`);
        return chrome.action.getBadgeText({ tabId: tabs[0].id });
      }, url);
    },
    /** Hosts of every http(s) request seen from pages and the service worker, in order. */
    hostsRequested: async () => requested.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).host),
    /** The extension's storage.local, read in the service worker. */
    storage: () => worker.evaluate(() => chrome.storage.local.get(null)),
    /** Runs `fn(arg)` in the service worker, where the extension's APIs are (Firefox: in an extension page). */
    inExtension: (fn, arg) => worker.evaluate(fn, arg),
    /** Calls `listener` when the browser closes (the demo's window). */
    onClose: (listener) => context.on('close', listener),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
