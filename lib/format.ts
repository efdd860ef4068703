/** Dates the way the member reads them: "29 Nov 2026" in their UI language (English day-first, unambiguous). */
export function formatDay(iso: string | Date, language = 'en'): string {
  const locale = /^en\b/i.test(language) ? 'en-GB' : language;
  // A bare ISO day is a calendar date (read it in UTC); a timestamp is shown in the member's zone.
  const dayOnly = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = typeof iso === 'string' ? new Date(dayOnly ? `${iso}T12:00:00Z` : iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, dayOnly ? { ...options, timeZone: 'UTC' } : options).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
