// Drives Debian's firefox-esr over WebDriver BiDi, without geckodriver (docs/toolchain.md, "Firefox"):
// a fresh profile whose proxy is connect-proxy.mjs (so www.linkedin.com is the replica) and a pinned extension UUID.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectBidi } from './bidi.mjs';
import { startConnectProxy } from './connect-proxy.mjs';
import { firefoxPrefs, startFirefox, userJs } from './firefox-start.mjs';
import { elementInHost, sleep, textOfHost } from './helpers.mjs';
import { extensionDir } from './paths.mjs';

const keys = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004', ArrowDown: '\uE015', ArrowUp: '\uE013' };

/** Runs `fn(arg)` in the page's realm; values cross as JSON, as with Playwright's page.evaluate. */
async function evaluateIn(bidi, context, fn, arg) {
  const declaration = `async (json) => JSON.stringify((await (${fn})(json === 'undefined' ? undefined : JSON.parse(json))) ?? null)`;
  const reply = await bidi.send('script.callFunction', {
    functionDeclaration: declaration,
    arguments: [{ type: 'string', value: arg === undefined ? 'undefined' : JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.type === 'exception') throw new Error(`evaluate: ${reply.exceptionDetails.text}`);
  return JSON.parse(reply.result.value);
}

/** Wraps one BiDi browsing context (a tab) in the driver interface shared with chromium.mjs. */
function wrapContext(bidi, context, errors) {
  const evaluate = (fn, arg) => evaluateIn(bidi, context, fn, arg);
  const pointer = (actions) =>
    bidi.send('input.performActions', {
      context,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  const keyboard = (text) =>
    bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ],
    });
  // BiDi serialises closed shadow roots too when asked for includeShadowTree: 'all'.
  const hostTree = async (tag) => {
    const reply = await bidi.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(tag)})`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
    });
    return reply.result?.type === 'node' ? reply.result : null;
  };
  const page = {
    errors,
    context,
    url: async () =>
      (await bidi.send('browsingContext.getTree', { root: context, maxDepth: 0 })).contexts[0].url,
    goto: (url) => bidi.send('browsingContext.navigate', { context, url, wait: 'complete' }),
    evaluate,
    // A real pointer click at the element's centre: whatever covers the switch gets the click, as for a member.
    async click(selector) {
      let box = null;
      for (let tries = 0; !box && tries < 60; tries++) {
        box = await evaluate((s) => {
          const element = document.querySelector(s);
          if (!element) return null;
          element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const r = element.getBoundingClientRect();
          return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
        }, selector);
        if (!box) await sleep(50);
      }
      if (!box) throw new Error(`click: no element matches ${selector}`);
      await pointer([
        { type: 'pointerMove', x: box.x, y: box.y },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    async fill(selector, text) {
      await page.click(selector);
      await evaluate((s) => document.querySelector(s).select(), selector);
      await keyboard(text);
    },
    press: (key) => keyboard(keys[key] ?? key),
    screenshot: async () =>
      Buffer.from((await bidi.send('browsingContext.captureScreenshot', { context })).data, 'base64'),
    setViewport: (width, height) =>
      bidi.send('browsingContext.setViewport', { context, viewport: { width, height } }),
    colorScheme: async () => {
      throw new Error('colorScheme: not supported over BiDi in Firefox ESR');
    },
    bringToFront: () => bidi.send('browsingContext.activate', { context }),
    async shadowText(tag) {
      const host = await hostTree(tag);
      return host ? textOfHost(host, tag) : null;
    },
    // BiDi hands out references to nodes in closed shadow roots too; the pointer moves to the element's centre
    // (WebDriver's element origin) and clicks there, as a member would.
    async clickInShadow(tag, attributes) {
      let element = null;
      for (let tries = 0; !element && tries < 60; tries++) {
        if (tries) await sleep(50);
        const host = await hostTree(tag);
        element = host ? elementInHost(host, tag, attributes) : null;
      }
      if (!element) throw new Error(`clickInShadow: nothing in <${tag}> has ${JSON.stringify(attributes)}`);
      const origin = { type: 'element', element: { sharedId: element.sharedId } };
      await pointer([
        { type: 'pointerMove', x: 0, y: 0, origin },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]);
    },
    // The popup closes its own tab after "Open the setting": closing a closed tab is fine.
    close: () => bidi.send('browsingContext.close', { context }).catch(() => {}),
  };
  return page;
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
  const profile = mkdtempSync(join(tmpdir(), 'optout-firefox-'));
  const uuid = randomUUID();
  writeFileSync(join(profile, 'user.js'), userJs({ ...firefoxPrefs(proxy.port, uuid), ...prefs }));
  const { child, url } = await startFirefox(profile, headless);
  const bidi = await connectBidi(`${url}/session`);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
  for (const path of extra)
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path } });

  const errors = new Map();
  const errorsOf = (context) => {
    if (!errors.has(context)) errors.set(context, []);
    return errors.get(context);
  };
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  bidi.on('log.entryAdded', (entry) => {
    if (entry.level === 'error' && entry.source?.context)
      errorsOf(entry.source.context).push(`${entry.type}: ${entry.text}`);
  });
  const wrap = (context) => wrapContext(bidi, context, errorsOf(context));
  const tabs = async () => (await bidi.send('browsingContext.getTree', { maxDepth: 0 })).contexts;
  const extensionOrigin = `moz-extension://${uuid}`;

  const [firstTab] = (await tabs()).map((t) => t.context);
  let extensionTab = null;
  const driver = {
    name: 'firefox',
    extensionOrigin,
    popupUrl: `${extensionOrigin}/popup.html`,
    proxyLog: proxy.log,
    async newPage(url) {
      const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
      const page = wrap(context);
      if (url) await page.goto(url);
      return page;
    },
    urls: async () => (await tabs()).map((t) => t.url),
    /** Closes every tab but the first (closing the last one would end Firefox) and `keep`. */
    async resetTabs(keep = []) {
      const kept = new Set([firstTab, extensionTab, ...keep.map((page) => page.context)]);
      const others = (await tabs()).filter((t) => !kept.has(t.context));
      await Promise.all(
        others.map((t) => bidi.send('browsingContext.close', { context: t.context }).catch(() => {})),
      );
    },
    async waitForPage(match, timeout = 4000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const found = (await tabs()).find((t) => match(t.url));
        if (found) return wrap(found.context);
        await sleep(50);
      }
      throw new Error(`no tab matched within ${timeout} ms; tabs: ${await driver.urls()}`);
    },
    // Extension APIs are reachable from an extension page: one popup page in a background tab, kept open.
    async inExtension(fn, arg) {
      if (!extensionTab) {
        extensionTab = (await bidi.send('browsingContext.create', { type: 'tab', background: true })).context;
        const url = `${extensionOrigin}/popup.html`;
        await bidi.send('browsingContext.navigate', { context: extensionTab, url, wait: 'complete' });
      }
      return evaluateIn(bidi, extensionTab, fn, arg);
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
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await bidi.send('browser.close').catch(() => {});
      bidi.close();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      timer.unref();
      await exited;
      clearTimeout(timer);
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
