/** The checkup: a walk through the related settings, one page each, as pure functions over stored data. */
import { isIsoTimestamp } from './format';
import type { SettingRecord } from './record';
import { isSettingId, type SettingId, settings } from './settings';

export interface Checkup {
  /** The settings of this walk, in order. */
  steps: SettingId[];
  startedAt: string;
  /** Set when the member pressed "Done" on the last setting. */
  finishedAt: string | null;
}

/** Where a setting stands in a checkup: 1-based position, and the next setting (null on the last). */
export interface CheckupPosition {
  setting: SettingId;
  position: number;
  total: number;
  next: SettingId | null;
}

/** A stored checkup, or null when storage holds nothing usable. */
export function parseCheckup(value: unknown): Checkup | null {
  if (typeof value !== 'object' || value === null) return null;
  const { steps, startedAt, finishedAt } = value as Record<string, unknown>;
  if (!Array.isArray(steps) || steps.length === 0 || !steps.every(isSettingId)) return null;
  if (!isIsoTimestamp(startedAt)) return null;
  const finished = isIsoTimestamp(finishedAt) ? finishedAt : null;
  return { steps: [...new Set(steps)], startedAt, finishedAt: finished };
}

/**
 * A new walk over `applicable` settings (checkup order), starting with those not yet seen Off;
 * when every one was seen Off, all of them, for a fresh look.
 */
export function planCheckup(record: SettingRecord, applicable: readonly SettingId[], now: Date): Checkup {
  const ordered = settings.map((s) => s.id).filter((id) => applicable.includes(id));
  const pending = ordered.filter((id) => record[id]?.state !== 'off');
  return { steps: pending.length ? pending : ordered, startedAt: now.toISOString(), finishedAt: null };
}

/** Where `setting` is in an unfinished checkup, or null when it is not part of one. */
export function positionIn(checkup: Checkup | null, setting: SettingId): CheckupPosition | null {
  if (!checkup || checkup.finishedAt) return null;
  const index = checkup.steps.indexOf(setting);
  if (index < 0) return null;
  return {
    setting,
    position: index + 1,
    total: checkup.steps.length,
    next: checkup.steps[index + 1] ?? null,
  };
}

/** The checkup marked done. */
export function finishCheckup(checkup: Checkup, now: Date): Checkup {
  return { ...checkup, finishedAt: now.toISOString() };
}
