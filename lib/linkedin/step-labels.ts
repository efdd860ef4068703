/** What the next step on the way to a setting looks like: category names per language and where menus live. */
import type { StepPlaces } from '../finder/step-places';
import { type Evidence, midYearCode, oneSecondary, pressQuoted } from './evidence';
import type { CategoryId, LabelLanguage } from './settings';

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

/** Evidence for each category name above. */
export const categoryNameEvidence = {
  privacy: {
    en: midYearCode,
    fr: pressQuoted,
    nl: pressQuoted,
    pt: pressQuoted,
    pl: pressQuoted,
    es: oneSecondary,
    it: oneSecondary,
    fi: oneSecondary,
  },
  ads: { en: midYearCode },
} as const satisfies Record<CategoryId, Partial<Record<LabelLanguage, Evidence>>>;

/** The settings pages' layout (mid-2026): a left menu of categories, rows of settings in the main area. */
export const stepPlacesEvidence: Evidence = midYearCode;

/** LinkedIn's settings layout: a left menu of categories, rows of settings in the main area. */
export const stepPlaces = {
  clickables: [
    'a',
    '[role="link"]',
    '[role="menuitem"]',
    '[role="tab"]',
    '[role="treeitem"]',
    'button',
    '[role="button"]',
  ],
  menu: [
    'nav',
    '[role="navigation"]',
    '[role="menu"]',
    '[role="menubar"]',
    '[role="tablist"]',
    '[role="tree"]',
  ],
  chrome: ['footer', '[role="contentinfo"]', 'header', '[role="banner"]'],
} as const satisfies StepPlaces;
