/** The names LinkedIn gives its settings and categories, through the i18n module. */
import { type MessageKey, t } from './i18n';
import type { CategoryId, SettingId } from './settings';

/** Message keys cannot hold '-': ai-training → ai_training. */
export const messageKeyOf = (id: SettingId): string => id.replaceAll('-', '_');

/** The setting's name as LinkedIn shows it. */
export const settingName = (id: SettingId): string => t(`setting_${messageKeyOf(id)}_name` as MessageKey);

/** The category's name in LinkedIn's settings menu. */
export const categoryName = (category: CategoryId): string => t(`category_${category}_name` as MessageKey);
