/**
 * The LinkedIn settings the guide knows, as data: one entry per switch, shared by finder, guide and checkup.
 * Their evidence (dates, confidence, sources, other names) is in settings-evidence.ts, out of the content script.
 */

export type SettingId =
  | 'ai-training'
  | 'partner-sharing'
  | 'ads-beyond-linkedin'
  | 'ads-third-party-data'
  | 'ads-measurement'
  | 'research';

export type CategoryId = 'privacy' | 'ads';

/** Languages whose LinkedIn strings we have evidence for (docs/facts.md, "The setting's name"). */
export type LabelLanguage = 'en' | 'de' | 'fr' | 'nl' | 'pt' | 'pl' | 'cs' | 'es' | 'it' | 'fi';

export interface Setting {
  id: SettingId;
  /** Last path segment of the setting's own page, under /mypreferences/d/settings/ (the address we link). */
  slug: string;
  /** Other addresses of the same page (recognised, never linked): whole paths, lower case, no trailing slash. */
  aliases: readonly string[];
  /** Id of the element that labels the switch (aria-labelledby). */
  labelId: string;
  /** The settings category whose page lists this setting. */
  category: CategoryId;
}

/** The six settings, in checkup order. */
export const settings = [
  {
    id: 'ai-training',
    slug: 'data-for-ai-improvement',
    aliases: [],
    labelId: 'allowDataForGenerativeAI',
    category: 'privacy',
  },
  {
    id: 'partner-sharing',
    slug: 'share-data-with-select-partners',
    // LinkedIn's US privacy text of Feb 2026 links this address (docs/facts.md, "Pages"): recognised, not linked.
    aliases: ['/mypreferences/s/settings/share-data-with-trusted-partners'],
    labelId: 'shareDataWithTrustedPartners',
    category: 'ads',
  },
  {
    id: 'ads-beyond-linkedin',
    slug: 'ads-beyond-linkedin',
    aliases: [],
    labelId: 'allowLinkedInAudienceNetwork',
    category: 'ads',
  },
  {
    id: 'ads-third-party-data',
    slug: 'ads-interactions-with-business',
    aliases: [],
    labelId: 'allowUseOfThirdPartyData',
    category: 'ads',
  },
  {
    id: 'ads-measurement',
    slug: 'ads-related-actions',
    aliases: [],
    labelId: 'allowConversionTrackings',
    category: 'ads',
  },
  {
    id: 'research',
    slug: 'policy-and-academic-research',
    aliases: [],
    labelId: 'allowAnonymizedDataResearch',
    category: 'privacy',
  },
] as const satisfies readonly Setting[];

export const settingIds: readonly SettingId[] = settings.map((s) => s.id);

/** The setting with this id; undefined for anything else. */
export function getSetting(id: string): Setting | undefined {
  return (settings as readonly Setting[]).find((s) => s.id === id);
}

/** True for the ids of the contract (`data-optout-guide-target` values). */
export function isSettingId(value: unknown): value is SettingId {
  return typeof value === 'string' && settingIds.includes(value as SettingId);
}

export const origin = 'https://www.linkedin.com';

/** The desktop URL of a setting's own page (its slug, never an alias). */
export function settingUrl(id: SettingId): string {
  const setting = getSetting(id);
  return `${origin}/mypreferences/d/settings/${setting?.slug ?? ''}`;
}

/** A page's address as a member types it: 'linkedin.com/mypreferences/…', without 'https://www.'. */
export const typedUrl = (url: string): string => url.replace(/^https:\/\/(www\.)?/, '');

/** The Data Processing Objection Form (a5538339): offered everywhere, a legal right to object in Europe. */
export const objectionFormUrl = `${origin}/help/linkedin/ask/TS-DPRO`;
