// Leave no trace (docs/ARCHITECTURE.md): on LinkedIn pages it does not guide, the page cannot tell the extension is
// installed; on guided pages nothing the page can read names the extension.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startReplicaServer } from '../replica/server.mjs';
import { browsers, skipReason } from './browsers.mjs';
import { aiPath, origin, waitFor, waitForShadowText } from './helpers.mjs';

/** Everything a page script can read of its document and window, serialised (closed shadow roots cannot be read). */
function pageView() {
  const walk = (node) => {
    if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
    if (node.nodeType !== 1) return '';
    const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    const shadow = node.shadowRoot ? `#shadow(${[...node.shadowRoot.childNodes].map(walk).join('')})` : '';
    return `<${node.localName} ${attributes.join(' ')}>${shadow}${[...node.childNodes].map(walk).join('')}</>`;
  };
  const host = document.querySelector('optout-guide');
  const hostStyle = host
    ? [...getComputedStyle(host)].map((p) => getComputedStyle(host).getPropertyValue(p))
    : [];
  return {
    dom: walk(document.documentElement),
    styleSheets: [...document.styleSheets].map((sheet) =>
      [...sheet.cssRules].map((r) => r.cssText).join('\n'),
    ),
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    globals: Object.getOwnPropertyNames(window)
      .filter((name) => !/^__leftAt$/.test(name))
      .sort(),
    messages: window.__pageMessages,
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),
    hostStyle: hostStyle.join(' '),
    storage: Object.keys(localStorage).join(' ') + document.cookie,
  };
}

/** A blank extension: the same browser, but nothing of ours in it. */
function blankExtension(dir) {
  const manifest = {
    manifest_version: 3,
    name: 'blank',
    version: '1.0',
    // An empty background: the Chromium driver waits for an extension's service worker.
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'blank@optout-guide.test' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), '');
  return dir;
}

/** The feed after five posts streamed in, seen in a browser started with `extension`. */
async function feedAfterStreaming(launch, port, extension) {
  const browser = await launch({ port, ...(extension && { extension }) });
  try {
    const page = await browser.newPage(`${origin}/feed/?stream=5`);
    await waitFor(page, () => document.documentElement.dataset.streamed === '5', undefined, {
      what: 'five posts streamed in',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return await page.evaluate(pageView);
  } finally {
    await browser.close();
  }
}

for (const browser of browsers) {
  const reason = skipReason(browser);
  describe(`leave no trace (${browser.name})`, { skip: reason, timeout: 240000 }, () => {
    let server;
    let blankDir;
    before(async () => {
      server = await startReplicaServer();
      blankDir = blankExtension(mkdtempSync(join(tmpdir(), 'optout-blank-')));
    });
    after(async () => {
      await server?.close();
      if (blankDir) rmSync(blankDir, { recursive: true, force: true });
    });

    test('the feed reads exactly the same with and without the extension, after posts stream in', async () => {
      const without = await feedAfterStreaming(browser.launch, server.port, blankDir);
      const withIt = await feedAfterStreaming(browser.launch, server.port);
      assert.ok(without.dom.includes('Post number 5.'), 'the posts streamed in');
      assert.deepEqual(withIt, without);
    });

    test('a guided page holds no trace of the extension’s address or id', async () => {
      const driver = await browser.launch({ port: server.port });
      try {
        const page = await driver.newPage(`${origin}${aiPath}`);
        await waitFor(page, () => document.querySelector('[data-optout-guide-target]'), undefined, {
          what: 'the mark',
        });
        await waitForShadowText(page, /On — LinkedIn may use your data/);
        const readable = JSON.stringify(await page.evaluate(pageView));
        const id = driver.extensionOrigin.replace(/^[a-z-]+:\/\//, '');
        for (const trace of ['chrome-extension://', 'moz-extension://', id, 'optout-guide@'])
          assert.ok(!readable.includes(trace), `the page can read ${trace}`);
        assert.match(
          readable,
          /data-optout-guide-target/,
          'the contract attribute is there (the check reads marks)',
        );
      } finally {
        await driver.close();
      }
    });
  });
}
