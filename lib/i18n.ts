/** The one way to read a user-facing string: typed keys of public/_locales/en/messages.json. */
import { browser } from '#imports';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** The message in the browser's UI language (English fallback), with $1..$9 substitutions. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    return browser.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

/** The UI language as a BCP 47 tag, for Intl formatters. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
