/** The popup: the one place that reads state and passes it down to the components. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Checklist } from '@/components/checklist';
import { CheckupPanel } from '@/components/checkup-panel';
import { PolicyDetails } from '@/components/policy-details';
import { RegionPicker } from '@/components/region-picker';
import { type Checkup, parseCheckup, planCheckup } from '@/lib/checkup';
import { countryOptions } from '@/lib/countries';
import { t, uiLanguage } from '@/lib/i18n';
import { openInLinkedInTab } from '@/lib/open-setting';
import { microsoftSharingStatus, objectionStatus, type Policy, policyFor } from '@/lib/policy';
import { receiptJson, receiptText } from '@/lib/receipt';
import { parseRecord, type SettingRecord } from '@/lib/record';
import { detectRegion } from '@/lib/region';
import { isDue, parseReminder, type Reminder, type ReminderMonths, scheduleReminder } from '@/lib/reminder';
import { type SettingId, settingIds, settingUrl } from '@/lib/settings';
import {
  checkupItem,
  readCheckup,
  readRecord,
  readRegion,
  readReminder,
  recordItem,
  regionItem,
  reminderItem,
} from '@/lib/storage';

export interface AppProps {
  /** Now, for the policy's dates and the reminder; a parameter so tests can travel in time. */
  now?: () => Date;
  /** Called after a LinkedIn page was opened (the popup closes itself). */
  onOpened?: () => void;
  /** Saves a receipt file (an object URL download by default). */
  save?: (name: string, type: string, text: string) => void;
}

type Region = { code: string | null; source: 'chosen' | 'guessed' };

/** Settings the checkup walks through where the member lives: no urging where the sharing does not apply. */
function checkupSettings(policy: Policy): SettingId[] {
  return settingIds.filter((id) => id !== 'partner-sharing' || policy.microsoftAdsSharing.applies !== 'no');
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App({ now = () => new Date(), onOpened = () => window.close(), save = download }: AppProps) {
  const [region, setRegion] = useState<Region | null>(null);
  const [record, setRecord] = useState<SettingRecord>({});
  const [checkup, setCheckup] = useState<Checkup | null>(null);
  const [reminder, setReminder] = useState<Reminder | null>(null);
  const [status, setStatus] = useState<string | undefined>();
  const [openError, setOpenError] = useState(false);
  const options = useMemo(() => countryOptions(uiLanguage()), []);

  useEffect(() => {
    let live = true;
    void Promise.all([readRegion(), readRecord(), readCheckup(), readReminder()]).then(
      ([code, rec, cu, rem]) => {
        if (!live) return;
        setRegion(code ? { code, source: 'chosen' } : { code: detectRegion(), source: 'guessed' });
        setRecord(rec);
        setCheckup(cu);
        setReminder(rem);
      },
    );
    // What the content script records while the popup is open shows up at once.
    const unwatch = [
      recordItem.watch((value) => setRecord(parseRecord(value))),
      reminderItem.watch((value) => setReminder(parseReminder(value))),
      checkupItem.watch((value) => setCheckup(parseCheckup(value))),
    ];
    return () => {
      live = false;
      for (const stop of unwatch) stop();
    };
  }, []);

  const open = async (url: string) => {
    try {
      setOpenError(false);
      await openInLinkedInTab(url);
      onOpened();
    } catch {
      setOpenError(true);
    }
  };

  const policy = region ? policyFor(region.code ?? '', now()) : null;

  const startCheckup = async () => {
    if (!policy) return;
    const plan = planCheckup(record, checkupSettings(policy), now());
    setCheckup(plan);
    await checkupItem.setValue(plan).catch(() => {});
    await open(settingUrl(plan.steps[0]));
  };

  const chooseReminder = (months: ReminderMonths | null) => {
    const next = months ? scheduleReminder(months, now()) : null;
    setReminder(next);
    void reminderItem.setValue(next).catch(() => {});
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receiptText(record, now()));
      setStatus(t('receipt_copied'));
    } catch {
      setStatus(t('receipt_copy_failed'));
    }
  };

  const saveReceipt = (format: 'text' | 'json') => {
    const day = now().toISOString().slice(0, 10);
    if (format === 'json')
      save(`linkedin-settings-${day}.json`, 'application/json', receiptJson(record, now()));
    else save(`linkedin-settings-${day}.txt`, 'text/plain', receiptText(record, now()));
    setStatus(t('receipt_downloaded'));
  };

  return (
    <main class="popup">
      <header class="top">
        <img src="/icon/32.png" width="24" height="24" alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <p class="lead">{t('popup_lead')}</p>
      <button type="button" id="open-setting" class="primary" onClick={() => open(settingUrl('ai-training'))}>
        {t('popup_open_setting')}
      </button>
      {openError && (
        <p role="alert" class="error">
          {t('popup_open_failed')}
        </p>
      )}
      {region && policy && (
        <>
          <section aria-labelledby="settings-heading" class="block">
            <h2 id="settings-heading">{t('popup_settings_heading')}</h2>
            <Checklist
              record={record}
              sharing={microsoftSharingStatus(policy)}
              objection={objectionStatus(policy)}
              onOpen={(id) => open(settingUrl(id))}
            />
            <CheckupPanel
              record={record}
              checkup={checkup}
              reminder={reminder}
              reminderDue={isDue(reminder, now())}
              onStart={startCheckup}
              onReminder={chooseReminder}
              onCopy={copy}
              onDownload={saveReceipt}
              status={status}
            />
          </section>
          <section aria-label={t('popup_region_label')} class="block">
            <RegionPicker
              label={t('popup_region_label')}
              hint={region.source === 'guessed' ? t('popup_region_guessed') : t('popup_region_chosen')}
              noMatch={t('popup_region_no_match')}
              value={region.code}
              options={options}
              onChange={(code) => {
                setRegion({ code, source: 'chosen' });
                void regionItem.setValue(code).catch(() => {});
              }}
            />
            {!region.code && <p class="note">{t('popup_region_unknown')}</p>}
          </section>
          <PolicyDetails policy={policy} />
        </>
      )}
      <footer class="foot">{t('popup_private')}</footer>
    </main>
  );
}
