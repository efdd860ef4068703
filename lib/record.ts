/** The record of what the member's own browser showed for each setting: pure parsing, migration and updates. */

import type { Rung } from './finder/locators';
import { isIsoTimestamp } from './format';
import type { SwitchState } from './messages';
import { isSettingId, type SettingId, settings } from './settings';

/** One sighting: the state LinkedIn's page showed and when (ISO timestamp). */
export interface Sighting {
  state: SwitchState;
  seenAt: string;
  /** Which rung of the locator ladder found the switch (absent in records older than this field). */
  foundBy?: Rung;
}

const rungs: readonly unknown[] = ['label-id', 'label-text', 'only-switch'] satisfies Rung[];

export type SettingRecord = Partial<Record<SettingId, Sighting>>;

/** Keeps the well-formed sightings of known settings from anything storage may hold; never throws. */
export function parseRecord(value: unknown): SettingRecord {
  const record: SettingRecord = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  for (const [id, sighting] of Object.entries(value)) {
    if (!isSettingId(id) || typeof sighting !== 'object' || sighting === null) continue;
    const { state, seenAt, foundBy } = sighting as Record<string, unknown>;
    if ((state !== 'on' && state !== 'off') || !isIsoTimestamp(seenAt)) continue;
    record[id] = rungs.includes(foundBy) ? { state, seenAt, foundBy: foundBy as Rung } : { state, seenAt };
  }
  return record;
}

/**
 * v1 (pre-release builds) kept `{ [id]: { checked: boolean, at: epoch ms } }`; v2 names the state and dates it in ISO.
 * Entries already in the v2 shape are kept (storage read as v1 when its version marker was lost); anything
 * unreadable is dropped rather than guessed.
 */
export function migrateRecordV1(value: unknown): SettingRecord {
  const record = parseRecord(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  for (const [id, old] of Object.entries(value)) {
    if (!isSettingId(id) || record[id] || typeof old !== 'object' || old === null) continue;
    const { checked, at } = old as Record<string, unknown>;
    const date = typeof at === 'number' ? new Date(at) : null;
    if (typeof checked !== 'boolean' || !date || Number.isNaN(date.getTime())) continue;
    record[id] = { state: checked ? 'on' : 'off', seenAt: date.toISOString() };
  }
  return record;
}

/** The record with one new sighting. */
export function withSighting(
  record: SettingRecord,
  id: SettingId,
  state: SwitchState,
  seenAt: Date,
  foundBy?: Rung,
): SettingRecord {
  return { ...record, [id]: { state, seenAt: seenAt.toISOString(), ...(foundBy && { foundBy }) } };
}

/** Settings in checkup order with what was last seen of each (undefined: not checked yet). */
export function recordRows(record: SettingRecord): { id: SettingId; sighting?: Sighting }[] {
  return settings.map(({ id }) => ({ id, sighting: record[id] }));
}
