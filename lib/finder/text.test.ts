import { isLabel, normalizedLabels, normalizeText, textOf } from './text';

describe('normalizeText() folds', () => {
  const table: [string, string, string][] = [
    ['case', 'Data For GENERATIVE AI Improvement', 'data for generative ai improvement'],
    ['curly apostrophes', 'Données pour l’amélioration de l’IA', "données pour l'amélioration de l'ia"],
    ['no-break and narrow no-break spaces', 'Données\u00a0pour\u202fl', 'données pour l'],
    ['runs of whitespace and newlines', '  Use my\n\t data  ', 'use my data'],
    ['trailing colons and punctuation', 'Use my data :', 'use my data'],
    ['a French space before a colon', 'Utiliser mes données\u00a0:', 'utiliser mes données'],
    ['decomposed accents (NFD to NFC)', 'Donne\u0301es', 'données'],
    ['compatibility forms (NFKC)', '\uff24ata', 'data'],
    ['soft hyphens and zero-width spaces', 'gene\u00adrative\u200b AI', 'generative ai'],
    [
      'bidi marks, embeddings and isolates',
      '\u200FData\u200E for \u2068Generative\u2069 \u202AAI\u202C\u061C',
      'data for generative ai',
    ],
    ['non-breaking hyphens', 'KI\u2011Modellen', 'ki-modellen'],
    ['German sharp s', 'Straße', 'strasse'],
    ['surrounding quotes', '“Data sharing”', 'data sharing'],
  ];
  for (const [what, text, expected] of table) {
    it(what, () => expect(normalizeText(text)).toBe(expected));
  }
});

describe('isLabel()', () => {
  const labels = normalizedLabels([
    'Data for Generative AI Improvement',
    "Données pour l'amélioration de l'IA générative",
  ]);
  const yes: [string, boolean][] = [
    ['DATA FOR GENERATIVE AI IMPROVEMENT', false],
    ['Données pour l’amélioration de l’IA générative', false],
    ['Data for Generative AI Improvement On', true],
    ['Data for Generative AI Improvement: When this setting is on', true],
    ['Data for Generative AI Improvement · On', true],
    ['Data for Generative AI Improvement - Off', true],
    ['Data for Generative AI Improvement (Beta)', true],
    ['Data for Generative AI Improvement switch, On', true], // a role word, then the state
  ];
  const no: [string, boolean][] = [
    ['Data for Generative AI Improvement On', false], // a state word after the label: own names only
    ['Turn off Data for Generative AI Improvement', true], // the label inside a sentence
    ['Data for Generative AI', true], // part of the label
    ['Data for Generative AI Improvements', true], // the label followed by more of the same word
    // More words after the label, with no mark between: a longer name, another setting's (its own rows "Data for
    // Generative AI Improvement by Microsoft"), not ours with a state word after it.
    ['Data for Generative AI Improvement by Microsoft', true],
    ['Data for Generative AI Improvement in Microsoft products On', true],
    ['AI', true],
    ['', true],
  ];
  for (const [text, prefix] of yes)
    it(`matches "${text}"${prefix ? ' as a prefix' : ''}`, () =>
      expect(isLabel(text, labels, prefix)).toBe(true));
  for (const [text, prefix] of no)
    it(`does not match "${text}"${prefix ? ' as a prefix' : ''}`, () =>
      expect(isLabel(text, labels, prefix)).toBe(false));
});

describe('textOf()', () => {
  it('separates a heading from its description, and leaves hidden text out', () => {
    document.body.innerHTML =
      '<label><strong>Data sharing</strong><span aria-hidden="true">✓</span><div>With partners</div><script>x()</script></label>';
    expect(normalizeText(textOf(document.body, '[aria-hidden="true"]'))).toBe('data sharing with partners');
  });
});
