/** The receipt: the record as plain text or JSON, only what the member's own browser showed. */
import { formatDay } from './format';
import { t, uiLanguage } from './i18n';
import type { SettingRecord } from './record';
import { settingName } from './setting-names';
import { settings, settingUrl } from './settings';

/** One line per setting: "Data for Generative AI Improvement: Off, seen 29 Nov 2026 on linkedin.com". */
export function receiptText(record: SettingRecord, now: Date, language = uiLanguage()): string {
  const lines = settings.map(({ id }) => {
    const sighting = record[id];
    if (!sighting) return t('receipt_line_unseen', settingName(id));
    const day = formatDay(sighting.seenAt, language);
    return t(sighting.state === 'on' ? 'receipt_line_on' : 'receipt_line_off', settingName(id), day);
  });
  return `${[t('receipt_title', formatDay(now, language)), '', ...lines].join('\n')}\n`;
}

/** The same as JSON, with ISO timestamps and the page each state was seen on. */
export function receiptJson(record: SettingRecord, now: Date): string {
  const entries = settings.map(({ id }) => ({
    setting: id,
    name: settingName(id),
    page: settingUrl(id),
    state: record[id]?.state ?? null,
    seenAt: record[id]?.seenAt ?? null,
    // Which signal found the switch: what to look at first when a member reports the guide lost it.
    foundBy: record[id]?.foundBy ?? null,
  }));
  const receipt = {
    createdAt: now.toISOString(),
    seenIn: 'this browser, on linkedin.com',
    settings: entries,
  };
  return `${JSON.stringify(receipt, null, 2)}\n`;
}
