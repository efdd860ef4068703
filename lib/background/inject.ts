/** Loads the guide into a tab whose page became a guided one without a page load (LinkedIn's in-app navigation). */
import { browser } from '#imports';
import { loadGuide } from '../gate/guided-path';
import { isLinkedInUrl } from '../pages';

/** The guide's built file: the same one the manifest declares for the settings paths. */
export const guideScript = '/content-scripts/linkedin.js';

/** Injects the guide into `frameId` of `tabId`; never throws (the tab may be gone or not LinkedIn any more). */
export async function injectGuide(tabId: number, frameId = 0): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [guideScript] });
  } catch {}
}

/**
 * Answers the gate's request (lib/gate) from one of our own content scripts on a LinkedIn page. The sender's URL is
 * the one the page loaded with (Chrome does not follow pushState there), so the guided path is the gate's word;
 * the guide checks the URL again and does nothing elsewhere.
 */
export function listenForGate(): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    if ((message as { type?: unknown } | null)?.type !== loadGuide.type || sender.id !== browser.runtime.id)
      return undefined;
    const tabId = sender.tab?.id;
    if (tabId !== undefined && isLinkedInUrl(sender.url)) void injectGuide(tabId, sender.frameId ?? 0);
    return undefined;
  });
}
