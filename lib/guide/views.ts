/** What the callout says in each situation: pure functions from state to a CalloutView. */

import type { CheckupPosition } from '../checkup';
import { formatDate } from '../format';
import { t, uiLanguage } from '../i18n';
import type { SwitchState } from '../messages';
import { categoryPath } from '../pages';
import { categoryName, settingMessage, settingName } from '../setting-names';
import { origin, type Setting, settingUrl } from '../settings';
import type { CalloutView } from './overlay';

/** The manual path to a setting, for members finding it by hand. */
export function manualPath(setting: Setting): string {
  return t('guide_path', categoryName(setting.category), settingName(setting.id));
}

/** The callout beside a switch in `state`; `seenOn` is when it was seen off. */
export function stateView(
  setting: Setting,
  state: SwitchState,
  seenOn: Date,
  extra: Partial<CalloutView> = {},
): CalloutView {
  if (state === 'off') {
    const title = t('guide_off_recorded', formatDate(seenOn, uiLanguage()));
    return {
      tone: 'off',
      title,
      short: t('guide_pill_off'),
      body: t(settingMessage(setting.id, 'off')),
      ...extra,
    };
  }
  // The member may decide to keep it on: said once, the guide stops calling this setting out.
  const keepOn = { label: t('guide_keep_on'), id: 'keep-on', quiet: true };
  return {
    tone: 'on',
    title: t(settingMessage(setting.id, 'on')),
    short: t('guide_pill_on'),
    body: t('guide_turn_off'),
    ...extra,
    buttons: [...(extra.buttons ?? []), keepOn],
  };
}

/** After "Keep it on": the guide for this setting has ended, and where to undo that. */
export function keptOnView(setting: Setting, extra: Partial<CalloutView> = {}): CalloutView {
  return {
    tone: 'info',
    title: t('guide_kept_on_title'),
    body: t('guide_kept_on_body', settingName(setting.id)),
    ...extra,
  };
}

/** The one-line callout beside the next step on the way to `setting`; `onPage` is the name the page shows. */
export function stepView(
  setting: Setting,
  step: 'category' | 'setting',
  onPage?: string | null,
): CalloutView {
  const name = onPage || (step === 'category' ? categoryName(setting.category) : settingName(setting.id));
  return { tone: 'step', title: t('guide_step', name), compact: true };
}

/** The honest answer when the switch did not show up: the manual path and the direct link. */
export function fallbackView(setting: Setting): CalloutView {
  return {
    tone: 'info',
    title: t('guide_fallback_title'),
    body: t('guide_fallback_body'),
    hint: manualPath(setting),
    links: [{ label: t('guide_open_directly'), href: settingUrl(setting.id) }],
  };
}

/** On LinkedIn's legacy settings pages: where the setting lives now. */
export function legacyView(setting: Setting): CalloutView {
  return {
    tone: 'info',
    title: t('guide_legacy_title'),
    body: t('guide_legacy_body', settingName(setting.id)),
    hint: manualPath(setting),
    links: [
      { label: t('guide_open_directly'), href: settingUrl(setting.id) },
      { label: categoryName(setting.category), href: `${origin}${categoryPath(setting.category)}` },
    ],
  };
}

/** The checkup's part of the callout: progress, then "Next setting" or "Done" once the member has looked. */
export function checkupExtras(
  position: CheckupPosition,
  state: SwitchState | null,
  finished: boolean,
): Partial<CalloutView> {
  if (finished) return { title: t('checkup_finished_title'), body: t('checkup_finished'), buttons: [] };
  const progress = t('checkup_progress', position.position, position.total);
  if (position.next) {
    return { progress, buttons: [{ label: t(state ? 'checkup_next' : 'checkup_skip'), id: 'checkup-next' }] };
  }
  return { progress, buttons: [{ label: t('checkup_done'), id: 'checkup-done' }] };
}
