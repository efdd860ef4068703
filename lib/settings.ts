/** The LinkedIn settings the guide knows, as data: one entry per switch, shared by finder, guide and checkup. */

export type SettingId =
  | 'ai-training'
  | 'partner-sharing'
  | 'ads-beyond-linkedin'
  | 'ads-third-party-data'
  | 'ads-measurement'
  | 'research';

export type CategoryId = 'privacy' | 'ads';

/** Languages whose LinkedIn strings we have evidence for (docs/facts.md). */
export type LabelLanguage = 'en' | 'de' | 'fr' | 'nl' | 'pt' | 'pl' | 'cs' | 'es' | 'it' | 'fi';

export interface Setting {
  id: SettingId;
  /** Last path segment of the setting's own page, under /mypreferences/d/settings/. */
  slug: string;
  /** Id of the element that labels the switch (aria-labelledby); HIGH confidence, mid-2026 code. */
  labelId: string;
  /** The settings category whose page lists this setting. */
  category: CategoryId;
  /** Row names and switch labels LinkedIn shows, per language; fallbacks, never the primary signal. */
  labels: Partial<Record<LabelLanguage, readonly string[]>>;
  /** Source (LinkedIn Help article or page) for what the switch does. */
  source: string;
}

/** The six settings, in checkup order. */
export const settings = [
  {
    id: 'ai-training',
    slug: 'data-for-ai-improvement',
    labelId: 'allowDataForGenerativeAI',
    category: 'privacy',
    labels: {
      en: ['Data for Generative AI Improvement', 'Use my data for training content creation AI models'],
      de: [
        'Daten zur Verbesserung generativer KI',
        'Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen',
      ],
      fr: [
        "Données pour l'amélioration de l'IA générative",
        "Utiliser mes données pour entraîner des modèles d'IA de création de contenu",
      ],
      nl: [
        'Gegevens voor verbetering van generatieve AI',
        'Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt',
      ],
      pt: [
        'Dados para aprimoramento da IA generativa',
        'Usar meus dados para treinar modelos de IA para criar conteúdos',
      ],
      pl: [
        'Dane na potrzeby ulepszania generatywnej sztucznej inteligencji',
        'Użyj moich danych do trenowania modeli AI służących do tworzenia treści',
      ],
      cs: [
        'Data pro zdokonalování generativní umělé inteligence',
        'Použít moje data pro trénování modelů umělé inteligence k tvorbě obsahu',
      ],
      es: ['Datos para la mejora de la IA generativa'], // LOW: one secondary source
      it: ["Dati per migliorare l'IA generativa"], // LOW
      fi: ['Tiedot generatiivisen tekoälyn parantamiseen'], // LOW
    },
    source: 'https://www.linkedin.com/help/linkedin/answer/a6278444',
  },
  {
    id: 'partner-sharing',
    slug: 'share-data-with-select-partners',
    labelId: 'shareDataWithTrustedPartners',
    category: 'ads',
    labels: { en: ['Share data with affiliates and partners', 'Data sharing'] },
    source: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
  },
  {
    id: 'ads-beyond-linkedin',
    slug: 'ads-beyond-linkedin',
    labelId: 'allowLinkedInAudienceNetwork',
    category: 'ads',
    labels: { en: ['Ads beyond LinkedIn'] },
    source: 'https://www.linkedin.com/help/linkedin/answer/a1397243',
  },
  {
    id: 'ads-third-party-data',
    slug: 'ads-interactions-with-business',
    labelId: 'allowUseOfThirdPartyData',
    category: 'ads',
    labels: { en: ['Data from others for ads'] },
    source: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
  },
  {
    id: 'ads-measurement',
    slug: 'ads-related-actions',
    labelId: 'allowConversionTrackings',
    category: 'ads',
    labels: { en: ['Measure ad success'] },
    source: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
  },
  {
    id: 'research',
    slug: 'policy-and-academic-research',
    labelId: 'allowAnonymizedDataResearch',
    category: 'privacy',
    labels: { en: ['Research with third parties'] },
    source: 'https://www.linkedin.com/help/linkedin/answer/a8059228',
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

/** The desktop URL of a setting's own page. */
export function settingUrl(id: SettingId): string {
  const setting = getSetting(id);
  return `${origin}/mypreferences/d/settings/${setting?.slug ?? ''}`;
}

/** The Data Processing Objection Form for members in the EU/EEA/Switzerland/UK (a5538339). */
export const objectionFormUrl = `${origin}/help/linkedin/ask/TS-DPRO`;
