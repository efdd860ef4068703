/** The names LinkedIn gives its settings and categories, through the i18n module. */
import { type MessageKey, t } from './i18n';
import type { CategoryId, SettingId } from './linkedin/settings';

/** Each setting's messages: its name, and what the callout says while it is on and once it is off. */
export const settingMessages = {
  'ai-training': {
    name: 'setting_ai_training_name',
    on: 'setting_ai_training_on',
    off: 'setting_ai_training_off',
  },
  'partner-sharing': {
    name: 'setting_partner_sharing_name',
    on: 'setting_partner_sharing_on',
    off: 'setting_partner_sharing_off',
  },
  'ads-beyond-linkedin': {
    name: 'setting_ads_beyond_linkedin_name',
    on: 'setting_ads_beyond_linkedin_on',
    off: 'setting_ads_beyond_linkedin_off',
  },
  'ads-third-party-data': {
    name: 'setting_ads_third_party_data_name',
    on: 'setting_ads_third_party_data_on',
    off: 'setting_ads_third_party_data_off',
  },
  'ads-measurement': {
    name: 'setting_ads_measurement_name',
    on: 'setting_ads_measurement_on',
    off: 'setting_ads_measurement_off',
  },
  research: { name: 'setting_research_name', on: 'setting_research_on', off: 'setting_research_off' },
} as const satisfies Record<SettingId, Record<'name' | 'on' | 'off', MessageKey>>;

/** Each category's name in LinkedIn's settings menu. */
export const categoryMessages = {
  privacy: 'category_privacy_name',
  ads: 'category_ads_name',
} as const satisfies Record<CategoryId, MessageKey>;

/** The setting's name as LinkedIn shows it. */
export const settingName = (id: SettingId): string => t(settingMessages[id].name);

/** The category's name in LinkedIn's settings menu. */
export const categoryName = (category: CategoryId): string => t(categoryMessages[category]);
