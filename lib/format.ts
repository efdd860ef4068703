/** Dates the way the member reads them: "29 Nov 2026" in their UI language (English day-first, unambiguous). */
export function formatDay(iso: string | Date, language = 'en'): string {
  // A bare ISO day is a calendar date (read it in UTC); a timestamp is shown in the member's zone.
  const dayOnly = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = typeof iso === 'string' ? new Date(dayOnly ? `${iso}T12:00:00Z` : iso) : iso;
  return formatDate(date, language, dayOnly ? 'UTC' : undefined);
}

/** The day of `date` as formatDay writes it; the guide's callout needs only this part (its size, issue #11). */
export function formatDate(date: Date, language = 'en', timeZone?: string): string {
  if (Number.isNaN(date.getTime())) return '';
  const locale = /^en\b/i.test(language) ? 'en-GB' : language;
  try {
    return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** True for a full ISO 8601 timestamp ("2026-11-29T10:00:00.000Z") of a real instant; storage may hold anything. */
export function isIsoTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
