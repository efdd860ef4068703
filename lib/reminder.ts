/** The opt-in reminder to re-check the settings after 3 or 6 months. */
import { isIsoTimestamp } from './format';

export const reminderChoices = [3, 6] as const;
export type ReminderMonths = (typeof reminderChoices)[number];

export interface Reminder {
  months: ReminderMonths;
  /** When the reminder falls due (ISO timestamp). */
  due: string;
}

/** A stored reminder, or null (off) when storage holds nothing usable. */
export function parseReminder(value: unknown): Reminder | null {
  if (typeof value !== 'object' || value === null) return null;
  const { months, due } = value as Record<string, unknown>;
  if (!reminderChoices.includes(months as ReminderMonths)) return null;
  if (!isIsoTimestamp(due)) return null;
  return { months: months as ReminderMonths, due };
}

/** A reminder `months` after `from` (same day of month, clamped to the month's last day). */
export function scheduleReminder(months: ReminderMonths, from: Date): Reminder {
  const due = new Date(from);
  const day = due.getDate();
  due.setDate(1);
  due.setMonth(due.getMonth() + months);
  const lastDay = new Date(due.getFullYear(), due.getMonth() + 1, 0).getDate();
  due.setDate(Math.min(day, lastDay));
  return { months, due: due.toISOString() };
}

/** True once the reminder's day has come. */
export function isDue(reminder: Reminder | null, now: Date): boolean {
  return reminder !== null && Date.parse(reminder.due) <= now.getTime();
}
