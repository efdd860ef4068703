/** The checkup summary's counts over the whole list of settings, so they always add up to it. */
import type { SettingRecord } from './record';
import { type SettingId, settingIds } from './settings';

export interface CheckupCounts {
  off: number;
  on: number;
  /** Never seen, and applies here. */
  unseen: number;
  /** Does not apply in the member's region (e.g. the Microsoft sharing in Europe); never "not checked". */
  notHere: number;
  /** Every setting: off + on + unseen + notHere. */
  total: number;
}

/** Counts every setting once: by the state last seen, else "doesn't apply here" or "not checked". */
export function checkupCounts(
  record: SettingRecord,
  notApplicable: readonly SettingId[],
  ids: readonly SettingId[] = settingIds,
): CheckupCounts {
  const counts = { off: 0, on: 0, unseen: 0, notHere: 0, total: ids.length };
  for (const id of ids) {
    const state = record[id]?.state;
    if (state) counts[state] += 1;
    else if (notApplicable.includes(id)) counts.notHere += 1;
    else counts.unseen += 1;
  }
  return counts;
}
