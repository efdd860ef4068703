/**
 * Every message the guide's content script speaks, handed over by the background with its start answer
 * (lib/guide-start.ts), so that the page's content-script world never touches chrome.i18n (lib/i18n.ts, `Words`).
 * A key missing here still works, through chrome.i18n: lib/guide-words.test.ts renders every callout to keep it whole.
 */
import type { MessageKey } from './i18n';
import { settings } from './linkedin/settings';
import { categoryMessages, settingMessage } from './setting-names';

export const guideMessageKeys: readonly MessageKey[] = [
  '@@bidi_dir' as MessageKey,
  'guide_label',
  'guide_dismiss',
  'guide_more',
  'guide_turn_off',
  'guide_off_recorded',
  'guide_keep_on',
  'guide_kept_on_title',
  'guide_kept_on_body',
  'guide_pill_on',
  'guide_pill_off',
  'guide_step',
  'guide_path',
  'guide_fallback_title',
  'guide_fallback_body',
  'guide_open_directly',
  'guide_legacy_title',
  'guide_legacy_body',
  'checkup_progress',
  'checkup_next',
  'checkup_skip',
  'checkup_done',
  'checkup_finished',
  'checkup_finished_title',
  ...settings.flatMap(({ id }) => (['name', 'on', 'off'] as const).map((part) => settingMessage(id, part))),
  ...Object.values(categoryMessages),
];
