/** The options page: region, reminder, "don't guide me", the receipt and "Delete everything"; reads and writes storage. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DeleteEverything } from '@/components/delete-everything';
import { KeepOnList } from '@/components/keep-on-list';
import { ReceiptActions } from '@/components/receipt-actions';
import { RegionPicker } from '@/components/region-picker';
import { ReminderSelect } from '@/components/reminder-select';
import { searchableCountries } from '@/lib/country-search';
import { t, uiLanguage } from '@/lib/i18n';
import { parseKeepOn, withKeptOn } from '@/lib/keep-on';
import { normaliseCountry } from '@/lib/policy';
import { receiptJson, receiptText } from '@/lib/receipt';
import { parseRecord, type SettingRecord } from '@/lib/record';
import { detectRegion } from '@/lib/region';
import { parseReminder, type Reminder, type ReminderMonths, scheduleReminder } from '@/lib/reminder';
import { receiptFileName, saveFile } from '@/lib/save-file';
import type { SettingId } from '@/lib/settings';
import {
  deleteEverything,
  keepOnItem,
  readKeepOn,
  readKeepOnOrNull,
  readRecord,
  readRegion,
  readReminder,
  recordItem,
  regionItem,
  reminderItem,
} from '@/lib/storage';

export interface OptionsAppProps {
  now?: () => Date;
  save?: (name: string, type: string, text: string) => void;
}

type Region = { code: string | null; source: 'chosen' | 'guessed' };

/** Reads state, passes it down, writes what the member changes. */
export function OptionsApp({ now = () => new Date(), save = saveFile }: OptionsAppProps) {
  const [region, setRegion] = useState<Region | null>(null);
  const [reminder, setReminder] = useState<Reminder | null>(null);
  const [keepOn, setKeepOn] = useState<SettingId[]>([]);
  const [record, setRecord] = useState<SettingRecord>({});
  const [status, setStatus] = useState<string | undefined>();
  const [saveFailed, setSaveFailed] = useState(false);
  const options = useMemo(() => searchableCountries(uiLanguage()), []);
  const guess = useMemo(() => detectRegion(), []);

  const load = () =>
    Promise.all([readRegion(), readReminder(), readKeepOn(), readRecord()]).then(([code, rem, keep, rec]) => {
      setRegion(code ? { code, source: 'chosen' } : { code: guess, source: 'guessed' });
      setReminder(rem);
      setKeepOn(keep);
      setRecord(rec);
    });

  useEffect(() => {
    void load();
    // A guide in another tab may record or keep a setting, and the popup choose a region, while this page is open.
    const unwatch = [
      regionItem.watch((value) => {
        const code = normaliseCountry(value);
        setRegion(code ? { code, source: 'chosen' } : { code: guess, source: 'guessed' });
      }),
      recordItem.watch((value) => setRecord(parseRecord(value))),
      keepOnItem.watch((value) => setKeepOn(parseKeepOn(value))),
      reminderItem.watch((value) => setReminder(parseReminder(value))),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  /** Stores one change; when the browser refuses (storage full), the page says so and shows what is stored again. */
  const persist = (write: Promise<void>) =>
    void write.then(
      () => setSaveFailed(false),
      () => {
        setSaveFailed(true);
        void load();
      },
    );

  const chooseReminder = (months: ReminderMonths | null) => {
    const next = months ? scheduleReminder(months, now()) : null;
    setReminder(next);
    persist(reminderItem.setValue(next));
  };

  // Changes the list as stored now (a guide may have added to it), and never writes over a list it could not read.
  const keep = (id: SettingId, on: boolean) => {
    const change = (list: SettingId[]) => (on ? withKeptOn(list, id) : list.filter((other) => other !== id));
    setKeepOn(change(keepOn));
    persist(
      readKeepOnOrNull().then((stored) => {
        if (!stored) throw new Error('storage unreadable');
        return keepOnItem.setValue(change(stored));
      }),
    );
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receiptText(record, now()));
      setStatus(t('receipt_copied'));
    } catch {
      setStatus(t('receipt_copy_failed'));
    }
  };

  const download = (format: 'text' | 'json') => {
    const text = format === 'json' ? receiptJson(record, now()) : receiptText(record, now());
    save(receiptFileName(now(), format), format === 'json' ? 'application/json' : 'text/plain', text);
    setStatus(t('receipt_downloaded'));
  };

  const remove = async () => {
    try {
      await deleteEverything();
      setStatus(undefined);
      await load();
      return true;
    } catch {
      return false;
    }
  };

  return (
    <main class="page options">
      <h1>{t('options_title')}</h1>
      {saveFailed && (
        <p role="alert" class="error save-failed">
          {t('save_failed')}
        </p>
      )}
      <section aria-labelledby="options-region">
        <h2 id="options-region">{t('options_region_heading')}</h2>
        {region && (
          <RegionPicker
            label={t('popup_region_label')}
            hint={region.source === 'guessed' ? t('popup_region_guessed') : t('popup_region_chosen')}
            noMatch={(typed) => t('region_no_match', typed)}
            value={region.code}
            guessed={guess}
            options={options}
            onChange={(code) => {
              setRegion({ code, source: 'chosen' });
              persist(regionItem.setValue(code));
            }}
          />
        )}
      </section>
      <section aria-labelledby="options-reminder">
        <h2 id="options-reminder">{t('options_reminder_heading')}</h2>
        <ReminderSelect reminder={reminder} onChange={chooseReminder} now={now()} />
      </section>
      <section>
        <KeepOnList keepOn={keepOn} onChange={keep} />
      </section>
      <section aria-labelledby="options-receipt">
        <h2 id="options-receipt">{t('options_receipt_heading')}</h2>
        <p class="hint">{t('options_receipt_hint')}</p>
        <ReceiptActions onCopy={copy} onDownload={download} status={status} />
      </section>
      <section aria-labelledby="options-delete">
        <h2 id="options-delete">{t('options_delete_heading')}</h2>
        <DeleteEverything onDelete={remove} />
      </section>
      <footer class="foot">{t('popup_private')}</footer>
    </main>
  );
}
