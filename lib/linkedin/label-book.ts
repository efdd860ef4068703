/**
 * LinkedIn's words for its settings and categories, in every language we know, as the finder receives them. The data
 * (lib/linkedin/labels.ts) stays out of the content script: the background sends it with its answer when a guided
 * page starts (lib/guide-start.ts), which the guide waits for anyway.
 */
import type { CategoryId, SettingId } from './settings';

export interface LabelBook {
  /** Row names and switch labels of each setting, all languages together. */
  settings: Partial<Record<SettingId, readonly string[]>>;
  /** The left-menu names of each category, all languages together. */
  categories: Partial<Record<CategoryId, readonly string[]>>;
}

/** No labels: the finder then relies on label ids and position alone. */
export const noLabels: LabelBook = { settings: {}, categories: {} };

/** Each list of strings in `value`, by key; anything else dropped. */
const lists = (value: unknown): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(Object(value))
      .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
      .map(([key, list]) => [key, list.filter((item) => typeof item === 'string')]),
  );

/** A label book that crossed a message boundary: every list of strings kept, anything else dropped; never throws. */
export function parseLabelBook(value: unknown): LabelBook {
  const { settings, categories } = Object(value) as Partial<Record<keyof LabelBook, unknown>>;
  return { settings: lists(settings), categories: lists(categories) };
}
