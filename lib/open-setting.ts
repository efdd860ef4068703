/** "Open the setting": reuse the active tab only when it shows LinkedIn's settings, else open a new tab. */
import { browser } from '#imports';
import { pageOf } from './linkedin/pages';

/**
 * True for LinkedIn's current settings pages (a setting, a category, the hub): nothing typed there is lost by
 * leaving. Any other LinkedIn page (a post being written, a message, the legacy settings' forms) is left alone.
 */
export function isSettingsTab(url: string | undefined): boolean {
  const page = url ? pageOf(url) : null;
  return page !== null && page.kind !== 'legacy';
}

/** Opens `url` in the active tab when it shows LinkedIn's settings, else in a new tab; resolves to the tab used. */
export async function openInLinkedInTab(url: string): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  // The tab's URL is only visible to us on hosts we may access: LinkedIn's, the only ones we could reuse.
  if (active?.id !== undefined && isSettingsTab(active.url)) {
    await browser.tabs.update(active.id, { url, active: true });
    return active.id;
  }
  const created = await browser.tabs.create({ url, active: true });
  return created.id;
}
