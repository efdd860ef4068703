/** Messages between the content script and the background, with a validator: anything may arrive. */
import type { Rung } from './finder/locators';
import { isSettingId, type SettingId } from './settings';

export type SwitchState = 'on' | 'off';

/** The content script saw the guided switch in this tab in `state` (null: no guided switch any more). */
export interface GuideStateMessage {
  type: 'guide-state';
  setting: SettingId | null;
  state: SwitchState | null;
  /** Which rung of the locator ladder found the switch: a bug report then says what stopped matching. */
  rung?: Rung;
}

const rungs: readonly string[] = ['label-id', 'label-text', 'only-switch'] satisfies Rung[];

/** A guided page starts (`setting`'s own page; null: the hub or a category). Answered with a GuideStart. */
export interface GuideStartMessage {
  type: 'guide-start';
  setting: SettingId | null;
}

/** The member pressed "Done" on the last setting of the checkup. */
export interface CheckupDoneMessage {
  type: 'checkup-done';
}

/** The member pressed "Keep it on — don't show this again" for `setting`. */
export interface KeepOnMessage {
  type: 'keep-on';
  setting: SettingId;
}

export type Message = GuideStateMessage | GuideStartMessage | CheckupDoneMessage | KeepOnMessage;

/** Narrows anything that arrives on runtime.onMessage to a message of ours, or null. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, setting, state, rung } = value as Record<string, unknown>;
  switch (type) {
    case 'guide-state':
      if (setting === null && state === null) return { type, setting: null, state: null };
      if (!isSettingId(setting) || (state !== 'on' && state !== 'off')) return null;
      return rungs.includes(rung as string)
        ? { type, setting, state, rung: rung as Rung }
        : { type, setting, state };
    case 'guide-start':
      return setting === null || isSettingId(setting) ? { type, setting } : null;
    case 'checkup-done':
      return { type };
    case 'keep-on':
      return isSettingId(setting) ? { type, setting } : null;
    default:
      return null;
  }
}
