/** The checkup's controls: start (or restart), and after "Done" a summary that counts the whole list. */
import type { Checkup } from '../lib/checkup';
import { type CheckupCounts, checkupCounts } from '../lib/checkup-counts';
import { formatDay } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import type { SettingRecord } from '../lib/record';
import type { SettingId } from '../lib/settings';

export interface CheckupPanelProps {
  record: SettingRecord;
  checkup: Checkup | null;
  /** Settings that do not apply in the member's region. */
  notApplicable: readonly SettingId[];
  onStart: () => void;
  /** Every setting that applies here is kept on: no walk to start, only the options page, where that is undone. */
  allKeptOn?: boolean;
  onOpenOptions?: () => void;
  locale?: string;
}

/** "Off: 4 · On: 1 · Doesn't apply in your region: 1 · 6 settings in all": every setting counted once. */
export function countsText(counts: CheckupCounts): string {
  return [
    t('count_off', counts.off),
    counts.on > 0 && t('count_on', counts.on),
    counts.unseen > 0 && t('count_unseen', counts.unseen),
    counts.notHere > 0 && t('count_not_here', counts.notHere),
    t('count_of_total', counts.total),
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/** "Checkup done on 29 Nov 2026 · Off: 4 · …": the counts when the member pressed "Done". */
function CheckupSummary(props: {
  record: SettingRecord;
  notApplicable: readonly SettingId[];
  finishedAt: string;
  locale: string;
}) {
  const counts = checkupCounts(props.record, props.notApplicable);
  const done = t('checkup_done_on', formatDay(props.finishedAt, props.locale));
  return <p class="checkup-summary">{`${done} · ${countsText(counts)}`}</p>;
}

/** Props in, markup out. */
export function CheckupPanel({
  record,
  checkup,
  notApplicable,
  onStart,
  allKeptOn = false,
  onOpenOptions,
  locale = uiLanguage(),
}: CheckupPanelProps) {
  return (
    <div class="checkup">
      {checkup?.finishedAt && (
        <CheckupSummary
          record={record}
          notApplicable={notApplicable}
          finishedAt={checkup.finishedAt}
          locale={locale}
        />
      )}
      {allKeptOn ? (
        <>
          <p class="hint">{t('checkup_all_kept_on')}</p>
          <button type="button" id="checkup-options" class="secondary" onClick={onOpenOptions}>
            {t('checkup_open_options')}
          </button>
        </>
      ) : (
        <>
          <button type="button" id="start-checkup" class="secondary" onClick={onStart}>
            {checkup && !checkup.finishedAt ? t('checkup_restart') : t('checkup_start')}
          </button>
          <p class="hint">{t('checkup_hint')}</p>
        </>
      )}
    </div>
  );
}
