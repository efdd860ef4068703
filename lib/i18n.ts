/** The one way to read a user-facing string: typed keys of public/_locales/en/messages.json (docs/i18n.md). */
import { browser } from '#imports';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** A counted message: `<base>_one`, `_few`, `_many` and `_other` exist in every locale (CLDR plural categories). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The plural categories our locales use; `zero` and `two` fall back to `other` until a locale needs them. */
export const pluralCategories = ['one', 'few', 'many', 'other'] as const;

/** The message in the browser's UI language (English fallback), with $1..$9 substitutions. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    return browser.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

/** The counted message for `count` ("in 3 months", "za 6 miesięcy"): chrome.i18n has no plurals, Intl chooses. */
export function tCount(base: PluralKey, count: number, ...substitutions: (string | number)[]): string {
  const category = pluralCategory(count, uiLanguage());
  const key = (pluralCategories as readonly string[]).includes(category) ? category : 'other';
  return t(`${base}_${key}` as MessageKey, count, ...substitutions);
}

/** Intl's plural category of `count` in `language`; 'other' when the tag is malformed. */
export function pluralCategory(count: number, language: string): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(language).select(count);
  } catch {
    return 'other';
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

/** The writing direction of the UI language (chrome.i18n's predefined @@bidi_dir): 'rtl' for Arabic or Hebrew. */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Sets `lang` and `dir` on an extension page's root, so fonts, hyphenation and mirroring follow the UI language. */
export function applyLanguage(root: HTMLElement): void {
  root.lang = uiLanguage();
  root.dir = uiDirection();
}
