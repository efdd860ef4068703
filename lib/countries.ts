/** Every officially assigned ISO 3166-1 alpha-2 code as data, with names from the browser's own Intl data. */

/**
 * The 249 officially assigned codes (ISO 3166 Maintenance Agency). Exceptionally reserved codes
 * (EU, UK, EL, IC, EA, AC...) and user-assigned ones (XK, ZZ...) are deliberately absent.
 */
// biome-ignore format: one row per initial letter keeps the list checkable by eye
export const countryCodes = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW',
] as const satisfies readonly string[];

export type CountryCode = (typeof countryCodes)[number];

/**
 * Reserved codes people and the EU use for assigned ones: UK for GB (reserved for the UK's request),
 * EL for GR (the EU's own code for Greece).
 */
export const countryAliases = { UK: 'GB', EL: 'GR' } as const satisfies Record<string, CountryCode>;

/** True for an officially assigned code, exactly as written (upper case, no spaces). */
export function isCountryCode(value: unknown, codes: readonly string[] = countryCodes): value is CountryCode {
  return typeof value === 'string' && codes.includes(value);
}

/** Intl's region names in `locale`, or in English when the locale is malformed; null without Intl.DisplayNames. */
function regionNames(locale: string): Intl.DisplayNames | null {
  for (const tag of [locale, 'en']) {
    try {
      return new Intl.DisplayNames([tag, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      // A malformed tag throws RangeError: try the next one.
    }
  }
  return null;
}

function nameWith(names: Intl.DisplayNames | null, code: string): string {
  try {
    return names?.of(code) || code;
  } catch {
    return code; // of() throws for a malformed code; the code is still a fine label.
  }
}

/** The country's name in `locale` ("Germany", "Deutschland"); the code itself when Intl has no name. */
export function countryName(code: string, locale = 'en'): string {
  return nameWith(regionNames(locale), code);
}

/** Options for a country picker: every code with its name in `locale`, sorted by that name. */
export function countryOptions(
  locale = 'en',
  codes: readonly string[] = countryCodes,
): { code: string; name: string }[] {
  const names = regionNames(locale);
  const collator = new Intl.Collator(names?.resolvedOptions().locale ?? 'en');
  return codes
    .map((code) => ({ code, name: nameWith(names, code) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}
