/** Guesses the member's region from the browser's languages and time zone; never from the network. */
import { normaliseCountry } from './policy';
import { zonesByCountry } from './region-zones';

type ZoneTable = Readonly<Record<string, readonly string[]>>;

/** The country of a BCP 47 tag's region subtag ('de-AT' → AT, 'zh-Hant-HK' → HK); null for 'de', 'es-419', garbage. */
export function regionOfLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const [language, ...subtags] = tag.trim().split(/[-_]/);
  if (!/^[a-z]{2,8}$/i.test(language)) return null; // 'x-…' private use, 'i-…' grandfathered tags.
  for (const subtag of subtags) {
    if (/^[a-z]{3,4}$/i.test(subtag)) continue; // Extended language ('zh-yue') or script ('sr-Latn').
    // Two letters name a country; three digits (es-419) name a UN area; anything else ends the search.
    return /^[a-z]{2}$/i.test(subtag) ? normaliseCountry(subtag) : null;
  }
  return null;
}

const indexes = new WeakMap<ZoneTable, Map<string, string>>();

/** The country a time zone is in ('Europe/Dublin' → IE), case-insensitive; null for UTC, unknown or garbage. */
export function countryOfZone(timeZone: unknown, table: ZoneTable = zonesByCountry): string | null {
  if (typeof timeZone !== 'string') return null;
  let index = indexes.get(table);
  if (!index) {
    index = new Map(
      Object.entries(table).flatMap(([country, zones]) => zones.map((zone) => [zone.toLowerCase(), country])),
    );
    indexes.set(table, index);
  }
  return normaliseCountry(index.get(timeZone.trim().toLowerCase()));
}

/**
 * The member's likely country: the time zone's when it names one (it tells where the device is, while
 * 'en-US' is often just the default language), else the first language tag with a country, else null.
 */
export function guessRegion(
  languages: readonly string[],
  timeZone: string | undefined,
  table: ZoneTable = zonesByCountry,
): string | null {
  const fromZone = countryOfZone(timeZone, table);
  if (fromZone) return fromZone;
  const tags: readonly unknown[] = Array.isArray(languages)
    ? languages
    : typeof languages === 'string'
      ? [languages]
      : [];
  for (const tag of tags) {
    const country = regionOfLanguage(tag);
    if (country) return country;
  }
  return null;
}

/** guessRegion() over this browser's navigator.languages and time zone; null when they say nothing. Never throws. */
export function detectRegion(): string | null {
  return guessRegion(read(browserLanguages) ?? [], read(browserTimeZone));
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined; // A locked-down or odd browser: the other signal may still answer.
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  return nav?.languages?.length ? nav.languages : [nav?.language ?? ''];
}

function browserTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
