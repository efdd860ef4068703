// Drives Debian's firefox-esr through puppeteer-core over WebDriver BiDi (firefox-start.mjs): the temporary add-on,
// www.linkedin.com through connect-proxy.mjs to the replica, and a pinned moz-extension UUID to open the popup.
import { randomUUID } from 'node:crypto';
import { startConnectProxy } from './connect-proxy.mjs';
import { firefoxPrefs, startFirefox } from './firefox-start.mjs';
import { elementInHost, sleep, textOfHost } from './helpers.mjs';
import { extensionDir } from './paths.mjs';

/**
 * Sends one raw WebDriver BiDi command over puppeteer's own connection, only for what puppeteer 24 cannot do in
 * Firefox: read closed shadow roots (the guide's callout lives in one) and click inside them, navigate as BiDi
 * does (its goto never resolves on moz-extension:// pages) and read a tab's URL (page.url() goes stale there).
 */
const sendBidi = async (firefox, method, params) => (await firefox.connection.send(method, params)).result;

/** Every tab as Firefox sees it: BiDi context id and current URL. */
const tabsOf = async (firefox) =>
  (await sendBidi(firefox, 'browsingContext.getTree', { maxDepth: 0 })).contexts;

/**
 * Runs `fn(arg)` in the page's realm with values crossing as JSON, as the interface has always done in Firefox;
 * `fn` may be a function or its source text (axe's runner travels as text).
 */
async function evaluateIn(page, fn, arg) {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return JSON.parse(await page.evaluate(`(async () => JSON.stringify((await (${fn})(${json})) ?? null))()`));
}

/** The BiDi browsing context of a puppeteer page: puppeteer keeps it as the main frame's id. */
const contextOf = (page) => page.mainFrame()._id;

/** The puppeteer page behind each wrapped page, for resetTabs. */
const puppeteerPages = new WeakMap();

/** Wraps one puppeteer page (a tab) in the driver interface shared with chromium.mjs. */
function wrapPage(firefox, page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  const context = contextOf(page);
  // BiDi serialises closed shadow roots too when asked for includeShadowTree: 'all'; puppeteer never asks.
  const hostTree = async (tag) => {
    const reply = await sendBidi(firefox, 'script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
    });
    return reply.result?.type === 'node' ? reply.result : null;
  };
  const wrapped = {
    errors,
    context,
    url: async () => (await tabsOf(firefox)).find((tab) => tab.context === context)?.url ?? 'about:blank',
    // BiDi's own navigate, resolved at readyState "complete" as before: puppeteer's goto never resolves on
    // moz-extension:// pages, and on web pages it returns later, after a late-rendering switch was already marked.
    goto: async (url) => {
      await sendBidi(firefox, 'browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate: (fn, arg) => evaluateIn(page, fn, arg),
    // A real pointer click at the element's centre: whatever covers the switch gets the click, as for a member.
    // Not puppeteer's locator click: it waits for animation frames, which a background tab (the popup behind the
    // LinkedIn tab it acts on) never gets.
    async click(selector) {
      await page.waitForSelector(selector, { timeout: 3000 });
      const box = await evaluateIn(
        page,
        (s) => {
          const element = document.querySelector(s);
          element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const r = element.getBoundingClientRect();
          return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
        },
        selector,
      );
      await page.mouse.click(box.x, box.y);
    },
    // Replaces the field's content by typing `text` over a selection: puppeteer's fill types nothing when the
    // field already holds `text`, and the region combobox needs the input events to offer its choice.
    async fill(selector, text) {
      await wrapped.click(selector);
      await evaluateIn(page, (s) => document.querySelector(s).select(), selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    // A pointer pressed (and later released) at a point of the viewport: what lands there gets the mousedown.
    mouseDown: async (x, y) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
    },
    mouseUp: () => page.mouse.up(),
    screenshot: async () => Buffer.from(await page.screenshot()),
    setViewport: (width, height) => page.setViewport({ width, height }),
    colorScheme: async () => {
      throw new Error('colorScheme: not supported over BiDi in Firefox ESR');
    },
    bringToFront: () => page.bringToFront(),
    // Back (-1) or Forward (1) in the tab's history; resolves once the navigation started (Firefox's bfcache is on).
    traverse: (delta) => sendBidi(firefox, 'browsingContext.traverseHistory', { context, delta }),
    async shadowText(tag) {
      const host = await hostTree(tag);
      return host ? textOfHost(host, tag) : null;
    },
    // The pointer moves to the element's centre (WebDriver's element origin) and clicks there, as a member would.
    async clickInShadow(tag, attributes) {
      let element = null;
      for (let tries = 0; !element && tries < 60; tries++) {
        if (tries) await sleep(50);
        const host = await hostTree(tag);
        element = host ? elementInHost(host, tag, attributes) : null;
      }
      if (!element) throw new Error(`clickInShadow: nothing in <${tag}> has ${JSON.stringify(attributes)}`);
      const origin = { type: 'element', element: { sharedId: element.sharedId } };
      await sendBidi(firefox, 'input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    // The popup closes its own tab after "Open the setting": closing a closed tab is fine.
    close: () => page.close().catch(() => {}),
  };
  // No `raw` here: callers take its presence to mean Playwright (tests/e2e/axe.mjs).
  puppeteerPages.set(wrapped, page);
  return wrapped;
}

/** Starts firefox-esr with the extension and returns the browser driver (see browsers.mjs for the interface). */
export async function launchFirefox({
  port,
  headless = true,
  extension = extensionDir('firefox'),
  extra = [], // more unpacked extensions beside ours (the benchmark's yardsticks)
  prefs = {}, // more profile prefs, e.g. intl.locale.requested for another UI language
} = {}) {
  const proxy = await startConnectProxy(port);
  const uuid = randomUUID();
  const firefox = await startFirefox({ ...firefoxPrefs(proxy.port, uuid), ...prefs }, headless);
  await firefox.installExtension(extension);
  for (const path of extra) await firefox.installExtension(path);

  const wrapped = new Map();
  const wrap = (page) => {
    if (!wrapped.has(page)) wrapped.set(page, wrapPage(firefox, page));
    return wrapped.get(page);
  };
  const [firstTab] = await firefox.pages();
  const extensionOrigin = `moz-extension://${uuid}`;
  let extensionTab = null;
  const driver = {
    name: 'firefox',
    extensionOrigin,
    popupUrl: `${extensionOrigin}/popup.html`,
    proxyLog: proxy.log,
    async newPage(url) {
      const page = wrap(await firefox.newPage());
      if (url) await page.goto(url);
      return page;
    },
    urls: async () => (await tabsOf(firefox)).map((tab) => tab.url),
    /** Closes every tab but the first (closing the last one would end Firefox) and `keep`. */
    async resetTabs(keep = []) {
      const kept = new Set([firstTab, extensionTab, ...keep.map((page) => puppeteerPages.get(page))]);
      const others = (await firefox.pages()).filter((p) => !kept.has(p));
      await Promise.all(others.map((p) => p.close().catch(() => {})));
    },
    async waitForPage(match, timeout = 4000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const found = (await tabsOf(firefox)).find((tab) => match(tab.url));
        const page = found && (await firefox.pages()).find((p) => contextOf(p) === found.context);
        if (page) return wrap(page);
        await sleep(50);
      }
      throw new Error(`no tab matched within ${timeout} ms; tabs: ${await driver.urls()}`);
    },
    // Extension APIs are reachable from an extension page: one popup page in a background tab, kept open.
    async inExtension(fn, arg) {
      if (!extensionTab) {
        extensionTab = await firefox.newPage({ background: true });
        await wrap(extensionTab).goto(`${extensionOrigin}/popup.html`);
      }
      return evaluateIn(extensionTab, fn, arg);
    },
    async badgeText(page) {
      return driver.inExtension(
        async (tabUrl) => {
          const tabs = (await browser.tabs.query({})).filter((tab) => tab.url === tabUrl);
          if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${tabUrl}`);
          return browser.action.getBadgeText({ tabId: tabs[0].id });
        },
        await page.url(),
      );
    },
    /** Hosts Firefox asked the proxy for ("CONNECT host:port", or an absolute URL for plain HTTP). */
    hostsRequested: async () =>
      proxy.log.map(
        (line) =>
          line
            .split(' ')[1]
            .replace(/^https?:\/\//, '')
            .split(/[:/]/)[0],
      ),
    storage: () => driver.inExtension(() => browser.storage.local.get(null)),
    async close() {
      await firefox.close();
      await proxy.close();
    },
  };
  return driver;
}
