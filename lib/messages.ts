/** Messages between the content script, the popup and the background, with a validator for each. */
import { isSettingId, type SettingId } from './settings';

export type SwitchState = 'on' | 'off';

/** The content script saw the guided switch in this tab in `state` (null: no guided switch any more). */
export interface GuideStateMessage {
  type: 'guide-state';
  setting: SettingId | null;
  state: SwitchState | null;
}

export type Message = GuideStateMessage;

/** Narrows anything that arrives on runtime.onMessage to a message of ours, or null. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, setting, state } = value as Record<string, unknown>;
  if (type !== 'guide-state') return null;
  if (setting === null && state === null) return { type, setting: null, state: null };
  if (isSettingId(setting) && (state === 'on' || state === 'off')) return { type, setting, state };
  return null;
}
