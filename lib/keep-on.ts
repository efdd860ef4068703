/** Where the guide stops leading: settings seen Off and settings the member keeps on. Pure parsing and updates. */

import { isSettingId, type SettingId, settings } from './linkedin/settings';
import type { SettingRecord } from './record';

/** The known setting ids of a stored "keep it on" list, once each, in checkup order; never throws. */
export function parseKeepOn(value: unknown): SettingId[] {
  if (!Array.isArray(value)) return [];
  return settings.map((s) => s.id).filter((id) => value.some((item) => item === id && isSettingId(item)));
}

/** The list with `id` added (kept once). */
export function withKeptOn(list: readonly SettingId[], id: SettingId): SettingId[] {
  return parseKeepOn([...list, id]);
}

/** What the guide no longer leads to, as the background answers the content script. */
export interface Settled {
  /** Last seen Off in the member's own browser. */
  seenOff: SettingId[];
  /** The member chose "Keep it on — don't show this again". */
  keptOn: SettingId[];
}

export const nothingSettled: Settled = { seenOff: [], keptOn: [] };

/** The settled settings from the record and the "keep it on" list. */
export function settledFrom(record: SettingRecord, keptOn: readonly SettingId[]): Settled {
  const seenOff = settings.map((s) => s.id).filter((id) => record[id]?.state === 'off');
  return { seenOff, keptOn: [...keptOn] };
}

/** Known setting ids of a list that crossed a message boundary (the guide only asks whether one is there). */
const settingIdsIn = (value: unknown): SettingId[] => (Array.isArray(value) ? value.filter(isSettingId) : []);

/** A reply that crossed a message boundary, validated; anything else settles nothing. */
export function parseSettled(value: unknown): Settled {
  const { seenOff, keptOn } = Object(value) as Partial<Record<keyof Settled, unknown>>;
  return { seenOff: settingIdsIn(seenOff), keptOn: settingIdsIn(keptOn) };
}

/** True when hub and category pages should no longer point at `id` (docs/product.md, journeys 2 and 7). */
export const isSettled = (settled: Settled, id: SettingId): boolean =>
  settled.seenOff.includes(id) || settled.keptOn.includes(id);
