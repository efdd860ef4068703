import { browser, defineBackground } from '#imports';
import { showBadge } from '@/lib/badge';
import { parseMessage } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return;
    void showBadge(tabId, message.state);
  });
  // A full page load ends whatever the tab showed; the content script reports again if it guides.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void showBadge(tabId, null);
  });
});
