/** The settings the member chose to keep on: the guide leaves them alone, the options page lists them. */
import { isSettingId, type SettingId } from './settings';

/** The stored list, known setting ids only, each once; anything else storage may hold gives []. */
export function parseKeepOn(value: unknown): SettingId[] {
  return Array.isArray(value) ? [...new Set(value.filter(isSettingId))] : [];
}

/** The list with `id` added or removed. */
export function withKeepOn(list: readonly SettingId[], id: SettingId, keep: boolean): SettingId[] {
  const rest = list.filter((other) => other !== id);
  return keep ? [...rest, id] : rest;
}
