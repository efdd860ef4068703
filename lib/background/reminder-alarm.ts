/** The reminder as an alarm and a badge dot: no notifications permission, nothing leaves the device. */
import { browser } from '#imports';
import { isDue, type Reminder } from '../reminder';

export const reminderAlarm = 'recheck-reminder';
const dot = '•';

/** Shows or hides the dot on the toolbar button (tab badges of guided pages take precedence). */
export async function showReminderDot(due: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: due ? dot : '' });
  if (due) await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
}

/** Makes the alarm and the dot match the stored reminder. */
export async function syncReminder(reminder: Reminder | null, now = new Date()): Promise<void> {
  await browser.alarms.clear(reminderAlarm);
  const due = isDue(reminder, now);
  if (reminder && !due) await browser.alarms.create(reminderAlarm, { when: Date.parse(reminder.due) });
  await showReminderDot(due);
}
