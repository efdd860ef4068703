// Every locale says everything English says, with the same placeholders, in its own words (docs/i18n.md).
import { normalizeText } from '@/lib/finder';
import { pluralCategories } from '@/lib/i18n';
import { categoryNames, settingLabels } from '@/lib/linkedin';
import { languageTag, localeMessages, locales, type Messages } from './locale-messages';

const en = localeMessages.en;
const others = locales.filter((locale) => locale !== 'en');

/** The languages the extension ships (README, "Languages"). */
const shipped = ['cs', 'de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'pl', 'pt_BR'];

/**
 * Messages that may read exactly as in English: names that are not translated (the extension's brand) and
 * words that are the same in that language. Keep it short: anything else identical is an untranslated string.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  '*': ['guide_label'],
};

/** `$NAME$` placeholders a message uses, and the `$n` each declared placeholder stands for. */
function placeholdersOf(messages: Messages, key: string) {
  const entry = messages[key];
  const used = [...entry.message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1].toLowerCase());
  const declared = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return { used: [...new Set(used)].sort(), declared };
}

describe('locales', () => {
  it('every locale folder is one of the languages the README lists', () => {
    expect(shipped).toEqual(expect.arrayContaining(locales));
  });

  describe.each(others)('%s', (locale) => {
    const messages = localeMessages[locale];

    it('has every English key and no other', () => {
      const missing = Object.keys(en).filter((key) => !(key in messages));
      const extra = Object.keys(messages).filter((key) => !(key in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('uses the same placeholders as English, standing for the same substitutions', () => {
      for (const key of Object.keys(en).filter((k) => k in messages)) {
        expect(placeholdersOf(messages, key), key).toEqual(placeholdersOf(en, key));
      }
    });

    it('translates every message (identical to English only for names on the short list)', () => {
      const allowed = new Set([...(sameAsEnglish['*'] ?? []), ...(sameAsEnglish[locale] ?? [])]);
      const untranslated = Object.keys(en).filter(
        (key) => !allowed.has(key) && messages[key]?.message.trim() === en[key].message.trim(),
      );
      expect(untranslated).toEqual([]);
    });

    it('uses a plural key for every plural category the language has', () => {
      const categories = new Intl.PluralRules(languageTag(locale)).resolvedOptions().pluralCategories;
      expect(categories.filter((c) => !(pluralCategories as readonly string[]).includes(c))).toEqual([]);
    });

    it("names the AI-training setting and the Data privacy menu with LinkedIn's own words where known", () => {
      // Low-confidence names carry LinkedIn's English name in parentheses after them: compare the part before.
      const named = (key: string) => normalizeText(messages[key].message.replace(/\s*\([^)]*\)$/, ''));
      const language = locale.split('_')[0];
      const ai: Record<string, readonly string[]> = settingLabels['ai-training'];
      const labels = ai[language] ?? [];
      if (labels.length) {
        expect(labels.map(normalizeText)).toContain(named('setting_ai_training_name'));
        expect(normalizeText(messages.policy_ai_default_on.message)).toContain(normalizeText(labels[0]));
      }
      const menu = (categoryNames.privacy as Record<string, readonly string[]>)[language] ?? [];
      if (menu.length) expect(menu.map(normalizeText)).toContain(named('category_privacy_name'));
    });
  });

  describe.each(locales)('%s: store limits', (locale) => {
    it('the name fits the toolbar and stores (45 characters), the description 132', () => {
      expect(localeMessages[locale].extName.message.length).toBeLessThanOrEqual(45);
      expect(localeMessages[locale].extDescription.message.length).toBeLessThanOrEqual(132);
    });
  });

  it('every counted message has all four plural forms in English, the reference locale', () => {
    const bases = Object.keys(en)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) {
      for (const category of pluralCategories) expect(Object.keys(en)).toContain(`${base}_${category}`);
    }
  });
});
