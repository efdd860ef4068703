/** When each piece of settings knowledge was last confirmed, and how sure we are (docs/facts.md); kept apart from
 * settings.ts so the content script does not carry it. */
import { type Evidence, midYearCode, oneSecondary, pressQuoted } from './evidence';
import type { LabelLanguage, SettingId } from './settings';

export interface SettingEvidence {
  /** The page address (slug) and the label id. */
  page: Evidence;
  /** Each other address of the page (settings.ts, `aliases`). */
  aliases?: Readonly<Record<string, Evidence>>;
  /** The labels of each language. */
  labels: Partial<Record<LabelLanguage, Evidence>>;
  /** LinkedIn Help article that says what the switch does. */
  source: string;
  /** Other names LinkedIn's help texts give the setting (English), for members searching by them. */
  otherNames: readonly string[];
}

const help = (article: string) => `https://www.linkedin.com/help/linkedin/answer/${article}`;
const english = { page: midYearCode, labels: { en: midYearCode }, otherNames: [] } as const;

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
    source: help('a6278444'),
    otherNames: [],
  },
  'partner-sharing': {
    ...english,
    // LinkedIn's US privacy text of Feb 2026 (docs/facts.md, "Pages"): one source, seen in a text, not on a page.
    aliases: {
      '/mypreferences/s/settings/share-data-with-trusted-partners': {
        confirmed: '2026-02-01',
        confidence: 'low',
      },
    },
    source: help('a1397243'),
    otherNames: ['Data sharing'],
  },
  'ads-beyond-linkedin': { ...english, source: help('a1397243'), otherNames: ['Ads outside of LinkedIn'] },
  'ads-third-party-data': { ...english, source: help('a8059228') },
  'ads-measurement': { ...english, source: help('a8059228') },
  research: { ...english, source: help('a8059228') },
} as const satisfies Record<SettingId, SettingEvidence>;
