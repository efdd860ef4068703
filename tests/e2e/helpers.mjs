// Helpers shared by the journey tests: waiting, reading the guide's marks, finding its ring in a screenshot.
import assert from 'node:assert/strict';
import { assetPaths } from '../replica/server.mjs';
import { countColour, decodePng } from './png.mjs';

export const origin = 'https://www.linkedin.com';
/** The AI-training setting page (docs/facts.md, HIGH). */
export const aiPath = '/mypreferences/d/settings/data-for-ai-improvement';
export const privacyPath = '/mypreferences/d/categories/privacy';
/** The ring's default colour in the contract: #c2410c. */
export const ringColour = [0xc2, 0x41, 0x0c];

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn(arg)` in the page until it returns something truthy; fails with `what` and the last value. */
export async function waitFor(page, fn, arg, { timeout = 4000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    // A navigation may replace the document between two polls: try again on the new one.
    last = await page
      .evaluate(fn, arg)
      .catch((error) => `(evaluate failed: ${error.message.split('\n')[0]})`);
    if (last && !String(last).startsWith('(evaluate failed')) return last;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Every element carrying a contract attribute, and how many <optout-guide> hosts the page holds. */
export const guideMarks = (page) =>
  page.evaluate(() => ({
    marks: [...document.querySelectorAll('[data-optout-guide-target], [data-optout-guide-step]')].map(
      (el) => ({
        target: el.getAttribute('data-optout-guide-target'),
        step: el.getAttribute('data-optout-guide-step'),
        tag: el.localName,
        role: el.getAttribute('role'),
        labelledBy: el.getAttribute('aria-labelledby'),
        href: el.getAttribute('href'),
      }),
    ),
    hosts: document.querySelectorAll('optout-guide').length,
  }));

/** Waits until the switch labelled by `labelId` carries data-optout-guide-target; returns its value. */
export const waitForTarget = (page, labelId, timeout = 4000) =>
  waitFor(
    page,
    (id) =>
      document
        .querySelector(`[role="switch"][aria-labelledby="${id}"]`)
        ?.getAttribute('data-optout-guide-target'),
    labelId,
    { timeout, what: `the mark on the switch labelled by #${labelId}` },
  );

/** Pixels of the ring's colour in a band around the element (the switch itself excluded from nothing: no orange). */
export async function ringPixels(page, selector) {
  const box = await page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r && { x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio };
  }, selector);
  if (!box) return { count: 0, box };
  const pad = 14;
  const image = decodePng(await page.screenshot());
  const s = box.scale;
  const band = {
    x: (box.x - pad) * s,
    y: (box.y - pad) * s,
    width: (box.width + 2 * pad) * s,
    height: (box.height + 2 * pad) * s,
  };
  return { count: countColour(image, band, ringColour), box };
}

/**
 * Asserts the replica saw only `paths` (pages the test opened) and their scripts, all for www.linkedin.com, and
 * that the browser contacted no other host: the extension made no request of its own.
 */
export async function assertNoRequestsOfItsOwn(server, browser, paths) {
  const allowed = new Set([...paths, ...assetPaths]);
  const unexpected = server.requests.filter((r) => r.host !== 'www.linkedin.com' || !allowed.has(r.path));
  assert.deepEqual(unexpected, [], 'requests the test did not make reached the replica');
  const hosts = [...new Set(await browser.hostsRequested())];
  assert.deepEqual(
    hosts.filter((h) => h !== 'www.linkedin.com'),
    [],
    'the browser contacted other hosts',
  );
}

const unwrap = (n) => (n.type === 'node' ? n.value : n); // BiDi wraps nodes in a RemoteValue
const childrenOf = (n) => [
  ...(n.shadowRoots ?? []),
  ...(n.shadowRoot ? [n.shadowRoot] : []),
  ...(n.children ?? []),
];
/** A node's attributes as an object: CDP lists them as [name, value, ...], BiDi as an object. */
const attributesOf = (n) =>
  Array.isArray(n.attributes)
    ? Object.fromEntries(n.attributes.flatMap((v, i, all) => (i % 2 ? [] : [[v, all[i + 1]]])))
    : (n.attributes ?? {});
/** The first node (as the tree gives it: CDP node or BiDi RemoteValue) under `root` that satisfies `test`. */
const findNode = (root, test) =>
  test(unwrap(root))
    ? root
    : (childrenOf(unwrap(root))
        .map((child) => findNode(child, test))
        .find(Boolean) ?? null);

/** The text inside the first `tag` element of a CDP or BiDi node tree, shadow roots included; null when absent. */
export function textOfHost(root, tag) {
  const host = findNode(root, (n) => n.localName === tag);
  if (!host) return null;
  const texts = [];
  const collect = (n) => {
    if (['style', 'script'].includes(n.localName)) return;
    if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
    for (const child of childrenOf(n)) collect(unwrap(child));
  };
  collect(unwrap(host));
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The first element inside the first `tag` element (its shadow roots, closed ones too) whose attributes include
 * every pair of `attributes`, as the CDP or BiDi node tree gives it; null when absent.
 */
export function elementInHost(root, tag, attributes) {
  const host = findNode(root, (n) => n.localName === tag);
  const matches = (n) =>
    n.nodeType === 1 && Object.entries(attributes).every(([name, value]) => attributesOf(n)[name] === value);
  return host && findNode(host, matches);
}

/** Waits until the toolbar badge for `page`'s tab reads `text`; returns the last value read. */
export async function waitForBadge(browser, page, text, timeout = 3000) {
  const deadline = Date.now() + timeout;
  let last = await browser.badgeText(page);
  while (last !== text && Date.now() < deadline) {
    await sleep(100);
    last = await browser.badgeText(page);
  }
  return last;
}

/** Waits until the text in the page's <optout-guide> matches `pattern`; the last text, or null when unreadable. */
export async function waitForShadowText(page, pattern, timeout = 4000) {
  const deadline = Date.now() + timeout;
  let text = await page.shadowText('optout-guide');
  while (text !== null && !pattern.test(text) && Date.now() < deadline) {
    await sleep(100);
    text = await page.shadowText('optout-guide');
  }
  return text;
}

/**
 * Chooses a region as a member does: opens the picker from the popup's region line when it is closed, types the
 * name and presses Enter. Works on the popup, the welcome page and the options page.
 */
export async function chooseRegion(popup, name) {
  const where = await waitFor(
    popup,
    () =>
      document.querySelector('#region-input') ? 'field' : document.querySelector('#region-change') && 'line',
    undefined,
    { what: 'the region field or line' },
  );
  // The welcome tab opens (active) right after install: a click in a tab behind it can hang in headless Chromium.
  await popup.bringToFront();
  if (where === 'line') await popup.click('#region-change');
  await popup.fill('#region-input', name);
  await popup.press('Enter');
  await waitFor(
    popup,
    (n) =>
      document.querySelector('#region-input')?.value === n ||
      (!document.querySelector('#region-input') &&
        (document.querySelector('#region-line')?.textContent ?? '').includes(n)),
    name,
    { what: `region ${name}` },
  );
}

/** The extension's storage in `browser` once `check` holds (within 4 s); `what` names it in the timeout error. */
export async function waitForStored(browser, check, what) {
  const deadline = Date.now() + 4000;
  let last;
  while (Date.now() < deadline) {
    last = await browser.storage();
    if (check(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
}
