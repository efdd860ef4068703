/** The welcome page, opened once: on a fresh install, never on updates or browser restarts. */
import { browser } from '#imports';

/** Opens the welcome page when `reason` is a fresh install; resolves false otherwise. */
export async function openWelcomeOnInstall(reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html'), active: true });
  return true;
}
