/**
 * LinkedIn's own words for its settings and categories, per language (docs/facts.md, "The setting's name in other
 * interface languages"): the finder's fallback signal, never its first. Their evidence is in settings-evidence.ts and
 * step-labels.ts. The content script does not carry this file: the background sends the book with its answer when a
 * guided page starts (lib/guide-start.ts).
 */
import type { LabelBook } from './label-book';
import type { CategoryId, LabelLanguage, SettingId } from './settings';

/** Row names and switch labels LinkedIn shows for each setting, per language. */
export const settingLabels = {
  'ai-training': {
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
    es: ['Datos para la mejora de la IA generativa'],
    it: ["Dati per migliorare l'IA generativa"],
    fi: ['Tiedot generatiivisen tekoälyn parantamiseen'],
  },
  'partner-sharing': { en: ['Share data with affiliates and partners', 'Data sharing'] },
  'ads-beyond-linkedin': { en: ['Ads beyond LinkedIn'] },
  'ads-third-party-data': { en: ['Data from others for ads'] },
  'ads-measurement': { en: ['Measure ad success'] },
  research: { en: ['Research with third parties'] },
} as const satisfies Record<SettingId, Partial<Record<LabelLanguage, readonly string[]>>>;

/** The left-menu name of each settings category, per language (docs/facts.md); fallback to hrefs. */
export const categoryNames = {
  privacy: {
    en: ['Data privacy'], // HIGH: LinkedIn Help path "Settings & Privacy > Data privacy"
    fr: ['Confidentialité des données'], // MED: press-quoted path
    nl: ['Gegevensprivacy'], // MED
    pt: ['Privacidade dos dados'], // MED (pt-BR)
    pl: ['Prywatność danych'], // MED
    es: ['Privacidad de datos'], // LOW: one secondary source
    it: ['Privacy dei dati'], // LOW
    fi: ['Tietosuoja'], // LOW
    // de, cs: no source names the category; those pages rely on the href signal alone.
  },
  ads: {
    en: ['Advertising data'], // HIGH: category page title; other languages unknown, href signal only
  },
} as const satisfies Record<CategoryId, Partial<Record<LabelLanguage, readonly string[]>>>;

/** Every language's labels in one list per setting and per category: what the finder matches against. */
export const labelBook: LabelBook = {
  settings: allLanguages(settingLabels),
  categories: allLanguages(categoryNames),
};

function allLanguages<K extends string>(
  table: Record<K, Partial<Record<LabelLanguage, readonly string[]>>>,
): Record<K, string[]> {
  const entries = Object.entries(table) as [K, Partial<Record<LabelLanguage, readonly string[]>>][];
  return Object.fromEntries(
    entries.map(([key, byLanguage]) => [key, Object.values(byLanguage).flat()]),
  ) as Record<K, string[]>;
}
