/** Which places share one answer, and that answer's dates (docs/facts.md, "Regions and dates"). */
import type { RegionGroup } from './types';

// docs/facts.md A1: AI training from 3 Nov 2025 in the EU, EEA, Switzerland, the UK, Canada and Hong Kong
// (HIGH). A2: elsewhere LinkedIn disclosed it and added the setting around 18 Sep 2024 (HIGH); the day
// is the contract's `startedOn`, the popup says "at least since September 2024".
const from2025 = '2025-11-03';
const from2024 = '2024-09-18';
// docs/facts.md M1/M2: sharing with Microsoft from 3 Nov 2025 (HIGH), in the US and most of the world
// including Canada and Hong Kong (MED); not the EU/EEA/Switzerland (HIGH); not the UK (MED).
const sharingFrom = '2025-11-03';

// biome-ignore format: a compact list is easier to check against the EU's own
const euMemberStates = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

// Parts of the EU with codes of their own: the outermost regions (TFEU art. 349, 355(1)) French Guiana,
// Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin; and Åland (EU territory under Protocol 2 of
// Finland's accession; its exemptions are tax ones). The Canaries, Azores and Madeira have no assigned
// code (IC is only reserved), so they come in as ES and PT. Not here, because they are outside the EU
// (TFEU Annex II overseas countries and territories, or never in): Greenland GL, Faroe FO, PF, NC, WF,
// PM, BL, TF, AW, CW, SX, BQ. They get `rest`.
const euTerritories = ['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX'] as const;

/** Every region group; a code appears in at most one, and codes in none get `rest`. */
export const regionGroups = [
  {
    id: 'eu',
    countries: [...euMemberStates, ...euTerritories],
    aiTrainingFrom: from2025,
    objectionForm: true,
    microsoftAdsSharing: 'no',
    microsoftAdsSharingFrom: null,
  },
  {
    id: 'eea',
    // docs/facts.md: the EEA is the EU plus Iceland, Liechtenstein and Norway. Svalbard (SJ) is outside the
    // EEA Agreement (its Protocol 40) and Bouvet Island (BV) is uninhabited, so both get `rest`.
    countries: ['IS', 'LI', 'NO'],
    aiTrainingFrom: from2025,
    objectionForm: true,
    microsoftAdsSharing: 'no',
    microsoftAdsSharingFrom: null,
  },
  {
    id: 'ch',
    countries: ['CH'],
    aiTrainingFrom: from2025,
    objectionForm: true,
    microsoftAdsSharing: 'no',
    microsoftAdsSharingFrom: null,
  },
  {
    id: 'gb',
    // docs/facts.md A1: the UK regulator (the ICO) said LinkedIn resumed there.
    countries: ['GB'],
    aiTrainingFrom: from2025,
    objectionForm: true,
    microsoftAdsSharing: 'no',
    microsoftAdsSharingFrom: null,
  },
  {
    id: 'uk-linked',
    // Guernsey, Jersey, Isle of Man (Crown dependencies) and Gibraltar are not part of the UK: each has
    // its own data-protection law and regulator, outside the ICO's remit. The facts name only "the UK",
    // so by their letter these are "Elsewhere" (2024 start, Microsoft sharing, no legal right to object); but
    // LinkedIn may group them with the UK, so their claims say we do not know (claims.ts). (Both start dates are
    // long past, so what the member should do is the same either way.)
    countries: ['GG', 'JE', 'IM', 'GI'],
    aiTrainingFrom: from2024,
    objectionForm: false,
    microsoftAdsSharing: 'yes',
    microsoftAdsSharingFrom: sharingFrom,
  },
  {
    id: 'ca',
    countries: ['CA'],
    aiTrainingFrom: from2025,
    // `objectionForm` is the legal right (EU/EEA/CH/UK); the form is still offered here (docs/facts.md A9).
    objectionForm: false,
    // docs/facts.md M2: LinkedIn help a1397243 and the Privacy Policy as served in Canada (MED).
    microsoftAdsSharing: 'yes',
    microsoftAdsSharingFrom: sharingFrom,
  },
  {
    id: 'hk',
    // Hong Kong only: the facts and the PCPD's statement are about Hong Kong. Macau (MO) has its own
    // law and regulator and is named nowhere, so it gets `rest`.
    countries: ['HK'],
    aiTrainingFrom: from2025,
    objectionForm: false,
    // docs/facts.md M2: help a1397243 shares "outside EU/EEA/Switzerland" (MED).
    microsoftAdsSharing: 'yes',
    microsoftAdsSharingFrom: sharingFrom,
  },
  {
    id: 'us',
    // Its own group only for the Global Privacy Control statement, which the facts make for "the US";
    // US territories (PR, GU, VI, AS, MP, UM) are not named, so they get `rest`.
    countries: ['US'],
    aiTrainingFrom: from2024,
    objectionForm: false,
    microsoftAdsSharing: 'yes',
    microsoftAdsSharingFrom: sharingFrom,
  },
  {
    id: 'rest',
    countries: [],
    aiTrainingFrom: from2024,
    objectionForm: false,
    microsoftAdsSharing: 'yes',
    microsoftAdsSharingFrom: sharingFrom,
  },
] as const satisfies readonly RegionGroup[];
