/** Other names people type for a country, as data: the region picker finds a country by any of them. */
import type { CountryCode } from './countries';

type Synonyms = Partial<Record<CountryCode, readonly string[]>>;

/** Common names in English that are not the official one ("USA", "UK", "England", "Holland"). */
export const englishSynonyms = {
  US: ['USA', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic', 'Czechia'],
  AE: ['UAE', 'Emirates'],
  KR: ['South Korea', 'Korea'],
  KP: ['North Korea'],
  TR: ['Turkey', 'Türkiye'],
  MK: ['Macedonia'],
  CI: ['Ivory Coast'],
  CD: ['DR Congo', 'DRC'],
  MM: ['Burma'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  VA: ['Vatican'],
} as const satisfies Synonyms;

/** The same in the UI languages we ship, keyed by the language's primary subtag. */
export const localSynonyms = {
  de: {
    US: ['Amerika', 'USA'],
    GB: ['England', 'Großbritannien', 'Schottland'],
    NL: ['Holland'],
    CZ: ['Tschechei'],
  },
  fr: { US: ['Amérique', 'USA'], GB: ['Angleterre', 'Grande-Bretagne', 'Écosse'], NL: ['Hollande'] },
  nl: { US: ['Amerika', 'VS'], GB: ['Engeland', 'Groot-Brittannië', 'Schotland'], NL: ['Holland'] },
  es: { US: ['EE. UU.', 'EEUU', 'América'], GB: ['Inglaterra', 'Gran Bretaña', 'Escocia'], NL: ['Holanda'] },
  it: { US: ['America', 'USA'], GB: ['Inghilterra', 'Gran Bretagna', 'Scozia'], NL: ['Olanda'] },
  pl: { US: ['Ameryka', 'USA'], GB: ['Anglia', 'Wielka Brytania', 'Szkocja'], NL: ['Holandia'] },
  pt: { US: ['EUA', 'América'], GB: ['Inglaterra', 'Grã-Bretanha', 'Escócia'], NL: ['Holanda'] },
  cs: { US: ['Amerika', 'USA'], GB: ['Anglie', 'Velká Británie', 'Skotsko'], NL: ['Holandsko'] },
  fi: { US: ['Amerikka', 'USA'], GB: ['Englanti', 'Iso-Britannia', 'Skotlanti'], NL: ['Hollanti'] },
} as const satisfies Record<string, Synonyms>;

/**
 * Official languages beyond the one Intl's likely subtags give (und-CH → de), so a country's own names for
 * itself are all found ("Suisse", "Svizzera", "Belgique", "België").
 */
export const moreOwnLanguages = {
  BE: ['fr', 'de'],
  CA: ['fr'],
  CH: ['fr', 'it', 'rm'],
  CY: ['tr'],
  FI: ['sv'],
  IE: ['ga'],
  IN: ['en'],
  LU: ['fr', 'de'],
  MT: ['en'],
  ES: ['ca', 'eu', 'gl'],
  ZA: ['en'],
} as const satisfies Synonyms;
