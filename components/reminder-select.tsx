/** The opt-in reminder: off, or a dot on the toolbar button after 3 or 6 months. */
import { formatDay } from '../lib/format';
import { t, tCount, uiLanguage } from '../lib/i18n';
import { isDue, type Reminder, type ReminderMonths, reminderChoices } from '../lib/reminder';

export interface ReminderSelectProps {
  reminder: Reminder | null;
  onChange: (months: ReminderMonths | null) => void;
  /** Now: a reminder whose day has passed is due (its dot shows), not still to come. */
  now?: Date;
  locale?: string;
}

/** Props in, markup out. */
export function ReminderSelect({
  reminder,
  onChange,
  now = new Date(),
  locale = uiLanguage(),
}: ReminderSelectProps) {
  return (
    <div class="reminder-block">
      <label class="reminder">
        {t('reminder_label')}{' '}
        <select
          id="reminder"
          value={reminder ? String(reminder.months) : ''}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            onChange(reminderChoices.includes(value as ReminderMonths) ? (value as ReminderMonths) : null);
          }}
        >
          <option value="">{t('reminder_off')}</option>
          {reminderChoices.map((months) => (
            <option key={months} value={String(months)}>
              {tCount('reminder_months', months)}
            </option>
          ))}
        </select>
      </label>
      {reminder && (
        <p class="hint">
          {t(isDue(reminder, now) ? 'reminder_due_since' : 'reminder_next', formatDay(reminder.due, locale))}
        </p>
      )}
    </div>
  );
}
