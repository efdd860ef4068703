// Test setup: a real i18n.getMessage over our messages (fakeBrowser has none) and a clean fake browser per test.
// The DOM's share (Testing Library, an empty document per test) is in setup-dom.ts: node tests never load it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageIn, languageTag } from './locale-messages';

/** English getMessage, as the browser gives it with an English UI. */
export const getMessage = getMessageIn('en');

/** Makes browser.i18n speak `locale` (a _locales folder name) until the next test. */
export function useLocale(locale: string) {
  Object.assign(fakeBrowser, {
    i18n: {
      getMessage: getMessageIn(locale),
      getUILanguage: () => languageTag(locale),
      getAcceptLanguages: async () => [languageTag(locale)],
      detectLanguage: async () => ({}),
    },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});
