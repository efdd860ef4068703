// Every shipped locale's messages.json, and chrome.i18n.getMessage over one of them, as the browser does it.
type Entry = { message: string; placeholders?: Record<string, { content: string; example?: string }> };
export type Messages = Record<string, Entry>;

const files = import.meta.glob<Messages>('../../public/_locales/*/messages.json', {
  eager: true,
  import: 'default',
});

/** Locale folder name → its messages (en, de, pt_BR...). */
export const localeMessages: Record<string, Messages> = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [path.split('/').at(-2) as string, messages]),
);

/** The shipped locales, folder names. */
export const locales = Object.keys(localeMessages).sort();

/** The BCP 47 tag getUILanguage() reports for a locale folder (pt_BR → pt-BR). */
export const languageTag = (locale: string) => locale.replace('_', '-');

/** Languages written right to left: chrome.i18n's @@bidi_dir says 'rtl' for them. */
const rtl = new Set(['ar', 'fa', 'he', 'ur']);

/** Chrome's substitution rules: named $placeholders$ map to $1..$9, then $n takes the nth substitution. */
export function format(entry: Entry, substitutions: string[]): string {
  let text = entry.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content ?? whole;
  });
  text = text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return text.replace(/\$\$/g, '$');
}

/** getMessage in `locale`, falling back to English (default_locale) for a missing key, as the browser does. */
export function getMessageIn(locale: string) {
  return (key: string, substitutions?: string | string[]): string => {
    if (key === '@@bidi_dir') return rtl.has(locale.split('_')[0]) ? 'rtl' : 'ltr';
    if (key === '@@ui_locale') return locale;
    const entry = localeMessages[locale]?.[key] ?? localeMessages.en[key];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return format(entry, subs);
  };
}
