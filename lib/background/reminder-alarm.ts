/** The reminder as an alarm and a dot on the toolbar icon: no notifications permission, nothing leaves the device. */
import { browser } from '#imports';
import { isDue, type Reminder } from '../reminder';

export const reminderAlarm = 'recheck-reminder';

/**
 * Shows or hides the dot on the toolbar button's icon (public/icon/reminder-*.png, drawn by
 * scripts/reminder-icons.mjs). Not a badge: the badge text is the guided tab's alone, empty elsewhere
 * (docs/contracts.md, "Toolbar badge"). The global text is cleared too, where an older version put its dot.
 */
export async function showReminderDot(due: boolean): Promise<void> {
  const icon = due ? 'icon/reminder-' : 'icon/';
  await browser.action.setIcon({ path: { 16: `${icon}16.png`, 32: `${icon}32.png` } });
  await browser.action.setBadgeText({ text: '' });
}

/**
 * The furthest ahead an alarm is set. Firefox hands the delay to a timer of 32-bit milliseconds (nsITimer, about 49.7
 * days), so three months wrapped to some 42 days; an alarm this near that fires before the reminder is due re-arms.
 */
const longestWait = 2 ** 31 - 1;

/** Makes the alarm and the dot match the stored reminder; also what a firing alarm does, so it never dots early. */
export async function syncReminder(reminder: Reminder | null, now = new Date()): Promise<void> {
  await browser.alarms.clear(reminderAlarm);
  const due = isDue(reminder, now);
  if (reminder && !due)
    await browser.alarms.create(reminderAlarm, {
      when: Math.min(Date.parse(reminder.due), now.getTime() + longestWait),
    });
  await showReminderDot(due);
}
