/** The names LinkedIn gives its settings and categories, through the i18n module. */
import { type MessageKey, t } from './i18n';
import type { CategoryId, SettingId } from './linkedin/settings';

/** A setting's id as it reads inside message keys, which cannot hold '-' ('ai-training' → 'ai_training'). */
type KeyPart<Id extends string> = Id extends `${infer Head}-${infer Tail}` ? `${Head}_${KeyPart<Tail>}` : Id;

type SettingMessageKey = `setting_${KeyPart<SettingId>}_${'name' | 'on' | 'off'}`;

/** A setting's message: its name, or what the callout says while it is on and once it is off. The type proves
 * every combination is a key of messages.json. */
export const settingMessage = (id: SettingId, part: 'name' | 'on' | 'off'): MessageKey =>
  `setting_${id.replace(/-/g, '_')}_${part}` as SettingMessageKey satisfies MessageKey;

/** Each category's name in LinkedIn's settings menu. */
export const categoryMessages = {
  privacy: 'category_privacy_name',
  ads: 'category_ads_name',
} as const satisfies Record<CategoryId, MessageKey>;

/** The setting's name as LinkedIn shows it. */
export const settingName = (id: SettingId): string => t(settingMessage(id, 'name'));

/** The category's name in LinkedIn's settings menu. */
export const categoryName = (category: CategoryId): string => t(categoryMessages[category]);
