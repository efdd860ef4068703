/**
 * The background's one answer when a guided page starts: everything the guide needs from the extension in a single
 * message (each extension message costs the page main-thread time; README, "Performance").
 */
import type { CheckupPosition } from './checkup';
import { parseSettled, type Settled } from './keep-on';
import { type LabelBook, parseLabelBook } from './linkedin/label-book';
import { isSettingId, type SettingId } from './linkedin/settings';

export interface GuideStart {
  /** What the member settled: the guide stops leading there. */
  settled: Settled;
  /** Where the page's setting stands in a running checkup; null outside one, and on hub and category pages. */
  position: CheckupPosition | null;
  /** LinkedIn's words for its settings and categories (lib/linkedin/labels.ts). */
  labels: LabelBook;
}

/** The answer for the page of `setting` (null: a hub or category page), validated; never throws. */
export function parseGuideStart(value: unknown, setting: SettingId | null): GuideStart {
  const { settled, position, labels } = Object(value) as Partial<Record<keyof GuideStart, unknown>>;
  return {
    settled: parseSettled(settled),
    position: parsePosition(position, setting),
    labels: parseLabelBook(labels),
  };
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** A checkup position for `setting`, or null for anything else. */
function parsePosition(value: unknown, setting: SettingId | null): CheckupPosition | null {
  const { position, total, next, ...rest } = Object(value) as Partial<Record<keyof CheckupPosition, unknown>>;
  const valid =
    isCount(position) && isCount(total) && position <= total && (next === null || isSettingId(next));
  return setting && rest.setting === setting && valid ? { setting, position, total, next } : null;
}

/** The start without an answer (the extension was reloaded under the page): nothing settled, no labels. */
export const noAnswer: GuideStart = parseGuideStart(null, null);
