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
      const file = scriptFor(tab.url);
      if (tab.id === undefined || !file) return;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] }).catch(() => {});
    }),
  );
}

/** On install and update (a reload counts as one), guide the tabs that are already open. */
export function reinjectOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectOpenTabs();
  });
}
