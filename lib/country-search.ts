/** The region picker's search: every name a country goes by, and a ranking that never guesses for the member. */
import { countryCodes, countryName } from './countries';
import { englishSynonyms, localSynonyms, moreOwnLanguages } from './country-synonyms';

export interface CountryOption {
  code: string;
  /** The name shown, in the UI language. */
  name: string;
  /** Other names that find it: English, its own languages, common synonyms. */
  aliases: readonly string[];
}

/**
 * Folds what people type differently into one spelling: case, accents, dots ("U.S.A." = "usa"), apostrophes, straight
 * or curly ("Cote d'Ivoire" = "Côte d’Ivoire"), "&" for "and" ("Bosnia & Herzegovina"), hyphens for spaces, "ss" for
 * "ß" (Swiss German has no ß: "Grossbritannien"), and invisible characters a paste brings (soft hyphens, bidi marks).
 */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/[.'’‘ʼ`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[-‐–]/g, ' ')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();

/** A folded name with "St"/"Ste" spelled out and "Saint"/"Sainte" shortened: "St. Lucia" is found as "Saint Lucia". */
export function spellings(folded: string): string[] {
  const long = folded.replace(/(^| )st(e?)(?= |$)/g, '$1saint$2');
  const short = folded.replace(/(^| )saint(e?)(?= |$)/g, '$1st$2');
  return [...new Set([folded, long, short])];
}

const namers = new Map<string, Intl.DisplayNames | null>();

/** countryName() with one Intl.DisplayNames per language: the picker names 249 countries in up to four languages. */
function nameIn(code: string, language: string): string {
  if (!namers.has(language)) {
    try {
      namers.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }));
    } catch {
      namers.set(language, null); // A malformed or unknown tag: countryName() falls back to English.
    }
  }
  try {
    return namers.get(language)?.of(code) || countryName(code, language);
  } catch {
    return code;
  }
}

/** The country's main language by Intl's likely subtags ('DE' → 'de'); null when Intl cannot tell. */
function likelyLanguage(code: string): string | null {
  try {
    const language = new Intl.Locale(`und-${code}`).maximize().language;
    return language === 'und' ? null : language;
  } catch {
    return null;
  }
}

/** The names a country has in its own languages ("Deutschland", "Suisse"). */
export function ownNames(code: string): string[] {
  const extra: readonly string[] = (moreOwnLanguages as Record<string, readonly string[]>)[code] ?? [];
  const languages = [likelyLanguage(code), ...extra].filter((l): l is string => Boolean(l));
  return languages.map((language) => nameIn(code, language));
}

/** Picker options: every country named in `locale`, found also by its English and own names and synonyms. */
export function searchableCountries(tag = 'en', codes: readonly string[] = countryCodes): CountryOption[] {
  // A _locales folder name ('pt_BR') as a BCP 47 tag; a tag Intl rejects as English, never an exception in the picker.
  const locale = validLocale(tag.replace(/_/g, '-'));
  const language = locale.split('-')[0].toLowerCase();
  const local: Record<string, readonly string[]> =
    (localSynonyms as Record<string, Record<string, readonly string[]>>)[language] ?? {};
  const english: Record<string, readonly string[]> = englishSynonyms;
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => {
      const name = nameIn(code, locale);
      const others = [
        nameIn(code, 'en'),
        ...ownNames(code),
        ...(english[code] ?? []),
        ...(local[code] ?? []),
      ];
      const aliases = [...new Set(others)].filter((alias) => alias !== name && alias !== code);
      return { code, name, aliases };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

function validLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Full-width letters (a CJK input method) as ASCII and a flag's regional indicators as its code's capitals ('🇩🇪' →
 * 'DE'), as policyFor() reads a code (docs/contracts.md).
 */
const asLetters = (query: string) =>
  query
    .normalize('NFKC')
    .replace(/[\u{1F1E6}-\u{1F1FF}]/gu, (letter) =>
      String.fromCharCode((letter.codePointAt(0) ?? 0) - 0x1f1e6 + 65),
    );

/**
 * 0: a name is exactly the query, or the code typed in capitals ("AU"); 1: a name starts with it; 2: a name
 * contains it, or the code typed otherwise ("Au" is the start of Austria and Australia, not a code); null: no match.
 */
export function matchRank(option: CountryOption, typed: string): 0 | 1 | 2 | null {
  const query = asLetters(typed);
  const q = fold(query);
  const alias = ({ uk: 'gb', el: 'gr' } as Record<string, string>)[q] ?? q;
  const names = [option.name, ...option.aliases].flatMap((name) => spellings(fold(name)));
  const isCode = option.code.toLowerCase() === alias;
  const typedAsCode = isCode && query.trim() === query.trim().toUpperCase();
  if (names.includes(q) || typedAsCode) return 0;
  if (names.some((name) => name.startsWith(q))) return 1;
  if (isCode || names.some((name) => name.includes(q))) return 2;
  return null;
}

/**
 * Options matching `query`: exact, then prefix, then contains; within each, the guessed region first, then by
 * name. An empty query lists every option with the guessed region first.
 */
export function searchCountries(
  options: readonly CountryOption[],
  query: string,
  guessed: string | null = null,
): CountryOption[] {
  const ranked = fold(query)
    ? options.map((option) => ({ option, rank: matchRank(option, query) })).filter((r) => r.rank !== null)
    : options.map((option) => ({ option, rank: 0 }));
  const order = (option: CountryOption) => (option.code === guessed ? 0 : 1);
  return ranked
    .map((r, index) => ({ ...r, index }))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || order(a.option) - order(b.option) || a.index - b.index)
    .map((r) => r.option);
}

/** What leaving the field with `query` typed selects: the one match, or the one exact match; else nothing. */
export function onlyMatch(options: readonly CountryOption[], query: string): CountryOption | null {
  if (!fold(query)) return null;
  const matches = options.filter((option) => matchRank(option, query) !== null);
  if (matches.length === 1) return matches[0];
  const exact = matches.filter((option) => matchRank(option, query) === 0);
  return exact.length === 1 ? exact[0] : null;
}
