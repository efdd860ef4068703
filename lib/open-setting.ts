/** "Open the setting": reuse the active tab when it shows LinkedIn, else open a new tab. */
import { browser } from '#imports';
import { isLinkedInUrl } from './pages';

/** Opens `url` in the active LinkedIn tab or a new tab; resolves to the tab used. */
export async function openInLinkedInTab(url: string): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  // The tab's URL is only visible to us on hosts we may access: exactly the LinkedIn tabs we may reuse.
  if (active?.id !== undefined && isLinkedInUrl(active.url)) {
    await browser.tabs.update(active.id, { url, active: true });
    return active.id;
  }
  const created = await browser.tabs.create({ url, active: true });
  return created.id;
}
