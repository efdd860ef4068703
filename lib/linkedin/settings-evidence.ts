/** When each piece of settings knowledge was last confirmed, and how sure we are (docs/ facts); kept apart from
 * settings.ts so the content script does not carry it. */
import { type Evidence, midYearCode, oneSecondary, pressQuoted } from './evidence';
import type { LabelLanguage, SettingId } from './settings';

export interface SettingEvidence {
  /** The page address (slug) and the label id. */
  page: Evidence;
  /** The labels of each language. */
  labels: Partial<Record<LabelLanguage, Evidence>>;
}

const englishOnly = { page: midYearCode, labels: { en: midYearCode } } as const;

export const settingEvidence = {
  'ai-training': {
    page: midYearCode,
    labels: {
      en: midYearCode,
      de: pressQuoted,
      fr: pressQuoted,
      nl: pressQuoted,
      pt: pressQuoted,
      pl: pressQuoted,
      cs: pressQuoted,
      es: oneSecondary,
      it: oneSecondary,
      fi: oneSecondary,
    },
  },
  'partner-sharing': englishOnly,
  'ads-beyond-linkedin': englishOnly,
  'ads-third-party-data': englishOnly,
  'ads-measurement': englishOnly,
  research: englishOnly,
} as const satisfies Record<SettingId, SettingEvidence>;
