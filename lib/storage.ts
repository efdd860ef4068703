/** Every stored item, declared once. Values are validated on read: storage may hold anything. */
import { storage } from '#imports';
import { type Checkup, parseCheckup } from './checkup';
import { parseKeepOn } from './keep-on';
import { normaliseCountry } from './policy';
import { migrateRecordV1, parseRecord, type SettingRecord } from './record';
import { parseReminder, type Reminder } from './reminder';
import type { SettingId } from './settings';

/** The member's region as an ISO 3166-1 alpha-2 code, once they have chosen one in the popup. */
export const regionItem = storage.defineItem<string | null>('local:region', { fallback: null, version: 1 });

/** Delete everything: every item below and anything else this extension stored on the device. */
export const deleteEverything = () => storage.clear('local');

/** The last state the member's own browser showed for each setting, and when. */
export const recordItem = storage.defineItem<SettingRecord>('local:record', {
  fallback: {},
  version: 2,
  // Migrations must never throw: a value they cannot read becomes an empty record.
  migrations: { 2: (old: unknown) => migrateRecordV1(old) },
});

/** The checkup in progress or last finished. */
export const checkupItem = storage.defineItem<Checkup | null>('local:checkup', {
  fallback: null,
  version: 1,
});

/** The opt-in reminder (null: off, the default). */
export const reminderItem = storage.defineItem<Reminder | null>('local:reminder', {
  fallback: null,
  version: 1,
});

/** Settings the member chose to keep on: the guide does not point at or call them out again. */
export const keepOnItem = storage.defineItem<SettingId[]>('local:keepOn', { fallback: [], version: 1 });

/** Reads an item and validates it; a storage failure or a corrupted value gives the fallback. */
async function read<T>(item: { getValue(): Promise<unknown> }, parse: (value: unknown) => T): Promise<T> {
  try {
    return parse(await item.getValue());
  } catch {
    return parse(undefined);
  }
}

/** The chosen region, or null when none is stored or the stored value is not a country. */
export const readRegion = () => read(regionItem, normaliseCountry);
export const readRecord = () => read(recordItem, parseRecord);

/**
 * An item validated, or null when the browser refused to read storage: then nobody can say what was seen, and a
 * read-modify-write must not write a blank over what is stored.
 */
const readOrNull = <T>(item: { getValue(): Promise<unknown> }, parse: (value: unknown) => T) =>
  item.getValue().then(parse, () => null);
export const readRecordOrNull = () => readOrNull(recordItem, parseRecord);
export const readKeepOnOrNull = () => readOrNull(keepOnItem, parseKeepOn);
export const readCheckup = () => read(checkupItem, parseCheckup);
export const readReminder = () => read(reminderItem, parseReminder);
export const readKeepOn = () => read(keepOnItem, parseKeepOn);
