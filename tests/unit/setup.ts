// Test setup: a real i18n.getMessage over our messages (fakeBrowser has none) and a clean fake browser per test.
import { configure } from '@testing-library/preact';
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

// findBy*/waitFor wait up to 5 s, not 1 s: on a loaded 2-core CI machine a lazily imported chunk can take longer.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});

// Files share one DOM per worker (vitest.config.ts, isolate: false): each test starts from an empty document, so
// a fixture or a component left behind by another file can never answer this file's queries.
beforeEach(() => {
  if (typeof document === 'undefined') return;
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const { name } of [...document.documentElement.attributes])
    document.documentElement.removeAttribute(name);
  for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
});
