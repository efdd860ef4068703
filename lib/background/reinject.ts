/**
 * After an install, update or reload, LinkedIn tabs that are already open keep the old scripts (cut off, in Chrome)
 * or none (Firefox): load the current ones there, so open settings tabs are guided again without a reload.
 */
import { browser } from '#imports';
import { isGuidedPath } from '../gate/guided-path';
import { isLinkedInUrl } from '../linkedin/pages';

/** The built files of the gate and the guide, as the manifest declares them. */
export const gateScript = '/content-scripts/linkedin-gate.js' as const;
export const guideScript = '/content-scripts/linkedin.js' as const;

/** The script a tab at `url` should run now: the guide on settings paths, the gate elsewhere on LinkedIn. */
export function scriptFor(url: string | undefined): typeof gateScript | typeof guideScript | null {
  if (!url || !isLinkedInUrl(url)) return null;
  return isGuidedPath(new URL(url).pathname) ? guideScript : gateScript;
}

/** Injects the right script into every open LinkedIn tab; a tab that refuses (closed, discarded) is skipped. */
export async function reinjectOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: 'https://*.linkedin.com/*' }).catch(() => []);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id !== undefined) await inject(tab.id, tab.url);
    }),
  );
}

/** Injects the right script into `tab`; a tab that refuses (closed, discarded, not LinkedIn) is skipped. */
async function inject(tabId: number, url: string | undefined): Promise<void> {
  const file = scriptFor(url);
  if (file) await browser.scripting.executeScript({ target: { tabId }, files: [file] }).catch(() => {});
}

/**
 * Runs in a tab's content-script world (serialised by scripting.executeScript: no imports): true when a live guide
 * (lib/gate/first-guide.ts) or gate (entrypoints/linkedin-gate.content.ts) of this extension already runs there.
 */
export function hasLiveScript(): boolean {
  const world = globalThis as { [key: symbol]: unknown };
  const guide = world[Symbol.for('optout-guide')] as { isInvalid?: boolean } | undefined;
  const gate = world[Symbol.for('optout-gate')] as (() => boolean) | undefined;
  return (!!guide && !guide.isInvalid) || !!gate?.();
}

/** Injects the right script into `tab` unless a live one runs there: a new page load ran the manifest's already. */
async function injectWhereNone(tabId: number, url: string | undefined): Promise<void> {
  const [probe] = await browser.scripting
    .executeScript({ target: { tabId }, func: hasLiveScript })
    .catch(() => []);
  if (probe?.result !== true) await inject(tabId, url);
}

/** Tabs open at the install or update (kept for the service worker's restarts): their back-forward cache holds pages
 * whose script was cut off (Chrome) or unloaded (Firefox). */
const olderTabsKey = 'tabs-before-update';

/**
 * On install and update (a reload counts as one), guide the tabs that are already open; and when one of those tabs
 * later shows a LinkedIn page again (Back or Forward restores it with no live script), load the current script
 * there too, unless one runs there (a new page load ran the manifest's: a second copy would only stop itself).
 */
export function reinjectOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void reinjectOpenTabs();
    void browser.tabs
      .query({})
      .then((tabs) => browser.storage.session.set({ [olderTabsKey]: tabs.map((tab) => tab.id) }))
      .catch(() => {});
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !scriptFor(tab.url)) return;
    void browser.storage.session
      .get(olderTabsKey)
      .then((stored) =>
        (stored[olderTabsKey] as unknown[] | undefined)?.includes(tabId)
          ? injectWhereNone(tabId, tab.url)
          : undefined,
      )
      .catch(() => {});
  });
}
