// The guide speaks words the background handed over (lib/guide-words.ts, lib/i18n.ts `Words`): every callout must
// read exactly as chrome.i18n would say it, without the page's world ever calling chrome.i18n.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '../../tests/unit/setup';
import { parseGuideStart } from '../guide-start';
import { guideMessageKeys } from '../guide-words';
import { t, uiLanguage, useWords, wordsFor } from '../i18n';
import { type CategoryId, settings } from '../linkedin/settings';
import { createOverlay, overlayRoots } from './overlay';
import {
  checkupExtras,
  fallbackView,
  keptOnView,
  legacyView,
  manualPath,
  stateView,
  stepView,
} from './views';

const seen = new Date('2026-03-14T10:00:00Z');

/** Every callout the guide can show, as text, plus what the overlay itself says around one. */
function everything(): unknown[] {
  const views = settings.flatMap((setting) => [
    stateView(setting, 'on', seen),
    stateView(setting, 'off', seen),
    keptOnView(setting),
    stepView(setting, 'category'),
    stepView(setting, 'setting'),
    fallbackView(setting),
    legacyView(setting),
    manualPath(setting),
  ]);
  const position = { setting: settings[0].id, position: 2, total: 5 };
  const extras = [true, false].flatMap((finished) =>
    [null, 'on', 'off'].flatMap((state) =>
      [settings[1].id, null].map((next) =>
        checkupExtras({ ...position, next }, state as 'on' | 'off' | null, finished),
      ),
    ),
  );
  const controller = new AbortController();
  const overlay = createOverlay(document, { signal: controller.signal });
  overlay.show(stateView(settings[0], 'on', seen, checkupExtras({ ...position, next: null }, 'on', false)));
  const host = document.querySelector('optout-guide');
  const root = host && overlayRoots.get(host);
  const layer = root?.querySelector('[lang]');
  const said = [root?.textContent, layer?.getAttribute('lang'), layer?.getAttribute('dir')];
  const labelled = [...(root?.querySelectorAll('[aria-label],[title]') ?? [])].map((e) => [
    e.getAttribute('aria-label'),
    e.getAttribute('title'),
  ]);
  controller.abort();
  return [views, extras, said, labelled, uiLanguage()];
}

afterEach(() => useWords(null));

describe('the words handed to the guide', () => {
  it.each(['en', 'de', 'pl', 'pt_BR'])(
    'say every callout as chrome.i18n does, and never call it (%s)',
    (locale) => {
      useLocale(locale);
      const direct = everything();
      useWords(wordsFor(guideMessageKeys));
      const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
      const getUILanguage = vi.spyOn(fakeBrowser.i18n, 'getUILanguage');
      const handed = everything();
      expect(getMessage.mock.calls.map(([key]) => key)).toEqual([]);
      expect(getUILanguage).not.toHaveBeenCalled();
      expect(handed).toEqual(direct);
      expect(JSON.stringify(handed)).not.toMatch(/\uE000/);
    },
  );

  it('cover every setting and category name', () => {
    for (const { id, category } of settings) {
      for (const part of ['name', 'on', 'off'])
        expect(guideMessageKeys).toContain(`setting_${id.replace(/-/g, '_')}_${part}`);
      expect(guideMessageKeys).toContain(`category_${category satisfies CategoryId}_name`);
    }
  });

  it('leave a key they lack, or one named like an object member, to chrome.i18n', () => {
    useWords({ language: 'en', messages: { guide_more: 'More' } });
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    expect(t('guide_dismiss')).toBe(fakeBrowser.i18n.getMessage('guide_dismiss', []));
    expect(t('constructor' as never)).toBe('constructor');
    expect(t('guide_more')).toBe('More');
    expect(getMessage).toHaveBeenCalledWith('guide_dismiss', []);
  });

  it('substitute as chrome.i18n does: in the translation’s order, and nothing for a missing one', () => {
    useWords({ language: 'en', messages: { guide_path: 'b:\uE0001 a:\uE0000 c:\uE0002.' } });
    expect(t('guide_path', 'one', 'two')).toBe('b:two a:one c:.');
    expect(t('guide_path', '$1 \uE0000', 2)).toBe('b:2 a:$1 \uE0000 c:.');
  });
});

describe('words that crossed a message boundary broken', () => {
  it.each([
    null,
    'words',
    42,
    [],
    { language: 'en' },
    { messages: {} },
    { language: 1, messages: 'guide_more' },
    { language: ['de'], messages: { guide_more: 7, guide_dismiss: '' } },
  ])('leave %j to chrome.i18n, key by key', (words) => {
    useWords(words);
    expect(t('guide_more')).toBe(fakeBrowser.i18n.getMessage('guide_more', []));
    expect(t('guide_dismiss')).toBe(fakeBrowser.i18n.getMessage('guide_dismiss', []));
    expect(uiLanguage()).toBe(fakeBrowser.i18n.getUILanguage());
  });

  it('pass through parseGuideStart() as they came, for useWords() to check', () => {
    const words = { language: 'de', messages: { guide_more: 'Mehr' } };
    expect(parseGuideStart({ words }, null).words).toBe(words);
    expect(parseGuideStart(null, null).words).toBeUndefined();
  });
});
