/** Where the next step on the way to a setting lives (menus, rows), and the evidence for labels.ts's category names. */
import type { StepPlaces } from '../finder/step-places';
import { type Evidence, midYearCode, oneSecondary, pressQuoted } from './evidence';
import type { CategoryId, LabelLanguage } from './settings';

/** Evidence for each category name in labels.ts. */
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
