/** The checkup's controls: start, summary after "Done", the opt-in reminder and the receipt. */

import type { Checkup } from '../lib/checkup';
import { formatDay } from '../lib/format';
import { t, tCount, uiLanguage } from '../lib/i18n';
import type { SettingRecord } from '../lib/record';
import { type Reminder, type ReminderMonths, reminderChoices } from '../lib/reminder';

export interface CheckupPanelProps {
  record: SettingRecord;
  checkup: Checkup | null;
  reminder: Reminder | null;
  reminderDue: boolean;
  onStart: () => void;
  onReminder: (months: ReminderMonths | null) => void;
  onCopy: () => void;
  onDownload: (format: 'text' | 'json') => void;
  /** A short confirmation after copy/download ("Copied"), announced politely. */
  status?: string;
  locale?: string;
}

/** Counts of a finished checkup's settings by what was last seen. */
function summary(checkup: Checkup, record: SettingRecord) {
  const states = checkup.steps.map((id) => record[id]?.state);
  return {
    off: states.filter((s) => s === 'off').length,
    on: states.filter((s) => s === 'on').length,
    total: states.length,
  };
}

/** Props in, markup out. */
export function CheckupPanel(props: CheckupPanelProps) {
  const { record, checkup, reminder, reminderDue, status, locale = uiLanguage() } = props;
  const done = checkup?.finishedAt ? summary(checkup, record) : null;
  return (
    <div class="checkup">
      {reminderDue && (
        <p class="reminder-due" role="status">
          {t('reminder_due')}
        </p>
      )}
      {done && checkup?.finishedAt && (
        <p class="checkup-summary">
          {t('checkup_summary', formatDay(checkup.finishedAt, locale), done.off, done.total)}
          {done.on > 0 && ` ${t('checkup_summary_on', done.on)}`}
        </p>
      )}
      <button type="button" id="start-checkup" class="secondary" onClick={props.onStart}>
        {checkup && !checkup.finishedAt ? t('checkup_restart') : t('checkup_start')}
      </button>
      <p class="hint">{t('checkup_hint')}</p>
      <label class="reminder">
        {t('reminder_label')}{' '}
        <select
          id="reminder"
          value={reminder ? String(reminder.months) : ''}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            props.onReminder(
              reminderChoices.includes(value as ReminderMonths) ? (value as ReminderMonths) : null,
            );
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
      {reminder && <p class="hint">{t('reminder_next', formatDay(reminder.due, locale))}</p>}
      <div class="receipt">
        <span>{t('receipt_label')}</span>
        <button type="button" class="link" onClick={props.onCopy}>
          {t('receipt_copy')}
        </button>
        <button type="button" class="link" onClick={() => props.onDownload('text')}>
          {t('receipt_download_text')}
        </button>
        <button type="button" class="link" onClick={() => props.onDownload('json')}>
          {t('receipt_download_json')}
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}
