/** The names LinkedIn gives its settings and categories, through the i18n module. */
import { type MessageKey, t } from './i18n';
import type { CategoryId, SettingId } from './linkedin/settings';

/** How each setting's id reads inside message keys (they cannot hold '-'). */
const keyOf = {
  'ai-training': 'ai_training',
  'partner-sharing': 'partner_sharing',
  'ads-beyond-linkedin': 'ads_beyond_linkedin',
  'ads-third-party-data': 'ads_third_party_data',
  'ads-measurement': 'ads_measurement',
  research: 'research',
} as const satisfies Record<SettingId, string>;

type SettingMessageKey = `setting_${(typeof keyOf)[SettingId]}_${'name' | 'on' | 'off'}`;

/** A setting's message: its name, or what the callout says while it is on and once it is off. The type proves
 * every combination is a key of messages.json. */
export const settingMessage = (id: SettingId, part: 'name' | 'on' | 'off'): MessageKey =>
  `setting_${keyOf[id]}_${part}` satisfies SettingMessageKey as SettingMessageKey satisfies MessageKey;

/** Each category's name in LinkedIn's settings menu. */
export const categoryMessages = {
  privacy: 'category_privacy_name',
  ads: 'category_ads_name',
} as const satisfies Record<CategoryId, MessageKey>;

/** The setting's name as LinkedIn shows it. */
export const settingName = (id: SettingId): string => t(settingMessage(id, 'name'));

/** The category's name in LinkedIn's settings menu. */
export const categoryName = (category: CategoryId): string => t(categoryMessages[category]);
