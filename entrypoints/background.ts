import { browser, defineBackground } from '#imports';
import { clearBadge, handleMessage } from '@/lib/background/handle-message';
import { listenForGate } from '@/lib/background/inject';
import { reinjectOnInstall } from '@/lib/background/reinject';
import { reminderAlarm, syncReminder } from '@/lib/background/reminder-alarm';
import { openWelcomeOnInstall } from '@/lib/background/welcome';
import { parseMessage } from '@/lib/messages';
import { parseReminder } from '@/lib/reminder';
import { readReminder, reminderItem } from '@/lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => void openWelcomeOnInstall(reason).catch(() => {}));
  listenForGate();
  reinjectOnInstall();
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    return handleMessage(message, tabId).catch(() => null);
  });
  // A full page load ends whatever the tab showed; the content script reports again if it guides. In the reports'
  // queue: a report still being handled must not land after the clear.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearBadge(tabId);
  });
  // What is stored decides, not the alarm: Firefox may fire it early (lib/background/reminder-alarm.ts).
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === reminderAlarm)
      void readReminder().then((reminder) => syncReminder(reminder).catch(() => {}));
  });
  reminderItem.watch((value) => void syncReminder(parseReminder(value)).catch(() => {}));
  void readReminder().then((reminder) => syncReminder(reminder).catch(() => {}));
});
