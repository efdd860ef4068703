import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelBook } from '../linkedin/labels';
import type { Page } from '../linkedin/pages';
import { getSetting, type Setting, type SettingId } from '../linkedin/settings';
import { findStep } from './find-step';

/** Loads tests/fixtures/<name> into the document body. */
function load(name: string): void {
  document.body.innerHTML = readFileSync(join(import.meta.dirname, '../../tests/fixtures', name), 'utf8');
}

const setting = (id: SettingId): Setting => getSetting(id) as Setting;
const hub: Page = { kind: 'hub' };
const category = (id: string): Page => ({ kind: 'category', category: id });

interface Row {
  fixture: string;
  page: Page;
  target: SettingId;
  /** Id of the link or menu entry that must be returned. */
  expected: string;
}

const finds: Row[] = [
  // Hub and other categories: the menu entry of the target's category, the menu's over the header's and footer's.
  { fixture: 'step-hub-en.html', page: hub, target: 'ai-training', expected: 'step-privacy' },
  { fixture: 'step-hub-en.html', page: category('account'), target: 'research', expected: 'step-privacy' },
  { fixture: 'step-hub-en.html', page: hub, target: 'partner-sharing', expected: 'step-ads' },
  { fixture: 'step-hub-fr-no-href.html', page: hub, target: 'ai-training', expected: 'step-privacy' },
  {
    fixture: 'step-privacy-en.html',
    page: category('privacy'),
    target: 'ads-measurement',
    expected: 'step-ads',
  },
  { fixture: 'step-ads-en.html', page: category('ads'), target: 'ai-training', expected: 'step-privacy' },
  // The target's own category: its row.
  { fixture: 'step-privacy-en.html', page: category('privacy'), target: 'ai-training', expected: 'row-ai' },
  {
    fixture: 'step-privacy-en.html',
    page: category('privacy'),
    target: 'research',
    expected: 'row-research',
  },
  { fixture: 'step-ads-en.html', page: category('ads'), target: 'partner-sharing', expected: 'row-partner' },
  {
    fixture: 'step-ads-en.html',
    page: category('ads'),
    target: 'ads-beyond-linkedin',
    expected: 'row-ads-beyond',
  },
  {
    fixture: 'step-ads-en.html',
    page: category('ads'),
    target: 'ads-third-party-data',
    expected: 'row-third-party',
  },
  {
    fixture: 'step-ads-en.html',
    page: category('ads'),
    target: 'ads-measurement',
    expected: 'row-measurement',
  },
  {
    fixture: 'step-privacy-de-no-href.html',
    page: category('privacy'),
    target: 'ai-training',
    expected: 'row-ai',
  },
];

const returnsNull: Omit<Row, 'expected'>[] = [
  {
    fixture: 'step-privacy-en.html',
    page: { kind: 'setting', setting: 'ai-training' },
    target: 'ai-training',
  },
  { fixture: 'step-privacy-en.html', page: { kind: 'legacy' }, target: 'ai-training' },
  { fixture: 'step-hub-fr-no-href.html', page: hub, target: 'partner-sharing' }, // no French name known for ads
  { fixture: 'step-privacy-de-no-href.html', page: category('privacy'), target: 'research' }, // no German label
  { fixture: 'step-privacy-en.html', page: category('ads'), target: 'ads-measurement' }, // the row is not there
  { fixture: 'ai-en-canonical.html', page: category('ads'), target: 'partner-sharing' }, // no row, no ads link
];

const name = ({ fixture, page, target }: Omit<Row, 'expected'>) =>
  `${fixture} (${page.kind === 'category' ? `category ${page.category}` : page.kind}) towards ${target}`;

describe('findStep() finds', () => {
  for (const row of finds) {
    it(`${name(row)}: #${row.expected}`, () => {
      load(row.fixture);
      expect(findStep(document, row.page, setting(row.target), labelBook)?.id).toBe(row.expected);
    });
  }
});

describe('findStep() returns null', () => {
  for (const row of returnsNull) {
    it(name(row), () => {
      load(row.fixture);
      expect(findStep(document, row.page, setting(row.target), labelBook)).toBeNull();
    });
  }
});

describe('findStep() chooses', () => {
  const ai = setting('ai-training');

  it('a link by its href over a link by its text', () => {
    document.body.innerHTML =
      '<main><a id="by-text" href="/help/x">Data for Generative AI Improvement</a><a id="by-href" href="/mypreferences/m/settings/data-for-ai-improvement/">Other words</a></main>';
    expect(findStep(document, category('privacy'), ai, labelBook)?.id).toBe('by-href');
  });

  it('a category entry in the menu over one in the main area, and anything over page chrome', () => {
    document.body.innerHTML = `<footer><a id="footer" href="/mypreferences/d/categories/privacy">Data privacy</a></footer>
      <div><a id="plain" href="/mypreferences/d/categories/privacy">Data privacy</a></div>
      <main><a id="main" href="/mypreferences/d/categories/privacy">Data privacy</a></main>
      <div role="navigation"><a id="menu" href="/mypreferences/d/categories/privacy">Data privacy</a></div>`;
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('menu');
    document.getElementById('menu')?.remove();
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('main');
    document.getElementById('main')?.remove();
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('plain');
    document.getElementById('plain')?.remove();
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('footer');
  });

  it('a setting row in the main area over a menu entry', () => {
    document.body.innerHTML = `<nav><a id="menu" href="/mypreferences/d/settings/data-for-ai-improvement">AI</a></nav>
      <main><a id="row" href="/mypreferences/d/settings/data-for-ai-improvement">AI</a></main>`;
    expect(findStep(document, category('privacy'), ai, labelBook)?.id).toBe('row');
  });

  it('a link by its text when no href leads there', () => {
    document.body.innerHTML =
      '<main><a id="by-text" href="/help/x">Data for Generative AI Improvement</a></main>';
    expect(findStep(document, category('privacy'), ai, labelBook)?.id).toBe('by-text');
  });

  it('no link inside a post, a hidden menu, or on another site', () => {
    document.body.innerHTML = `<main>
      <article><a href="/mypreferences/d/categories/privacy">Data privacy</a></article>
      <nav hidden><a href="/mypreferences/d/categories/privacy">Data privacy</a></nav>
      <a href="https://example.com/mypreferences/d/categories/privacy">Elsewhere</a>
      <input type="checkbox" role="switch" aria-label="Data privacy">
    </main>`;
    expect(findStep(document, hub, ai, labelBook)).toBeNull();
  });

  // A row shows its state beside its name (docs/facts.md: "On"/"Off", "Ein"/"Aus"): without an href, the name
  // must still be read as a whole phrase at its start (failed before: only the exact name counted).
  it.each([
    ['in its aria-label', '<a id="row" aria-label="Data for Generative AI Improvement, On">›</a>'],
    ['in its own text', '<a id="row">Data for Generative AI Improvement · On</a>'],
    [
      'in spans',
      '<button id="row"><span>Daten zur Verbesserung</span> <span>generativer KI</span> <span>Ein</span></button>',
    ],
  ])('a setting row with its state %s', (_, row) => {
    document.body.innerHTML = `<main><ul><li>${row}</li></ul></main>`;
    expect(findStep(document, category('privacy'), ai, labelBook)?.id).toBe('row');
  });

  // The settings menu sits beside the main area: a menu component with its own open shadow root is found there too.
  it('a menu entry in an open shadow root outside the main area', () => {
    document.body.innerHTML = '<div id="host"></div><main>Account</main>';
    const shadow = document.getElementById('host')?.attachShadow({ mode: 'open' });
    if (shadow)
      shadow.innerHTML =
        '<nav><a id="menu" href="/mypreferences/d/categories/privacy">Data privacy</a></nav>';
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('menu');
  });

  it('no menu entry whose name only starts with the category name', () => {
    document.body.innerHTML = '<nav><a href="/legal/x">Data privacy policy</a></nav>';
    expect(findStep(document, hub, ai, labelBook)).toBeNull();
  });

  it('the link inside a menu item of the same name', () => {
    document.body.innerHTML =
      '<nav><ul role="menu"><li role="menuitem"><a id="inner">Data privacy</a></li></ul></nav>';
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('inner');
  });

  it('a link on another linkedin.com host', () => {
    document.body.innerHTML =
      '<nav><a id="de" href="https://de.linkedin.com/mypreferences/d/categories/privacy">Datenschutz</a></nav>';
    expect(findStep(document, hub, ai, labelBook)?.id).toBe('de');
  });

  it('with category names passed in', () => {
    document.body.innerHTML = '<nav><button id="sv" type="button">Dataskydd</button></nav>';
    expect(findStep(document, hub, ai, labelBook)).toBeNull();
    const names = { settings: {}, categories: { privacy: ['Dataskydd'] } };
    expect(findStep(document, hub, ai, names)?.id).toBe('sv');
  });
});

describe('findStep() never throws', () => {
  it('on a page or setting it does not know', () => {
    load('step-hub-en.html');
    const odd = { ...setting('ai-training'), category: 'nowhere' } as unknown as Setting;
    expect(findStep(document, hub, odd, labelBook)).toBeNull();
    expect(
      findStep(document, { kind: 'other' } as unknown as Page, setting('ai-training'), labelBook),
    ).toBeNull();
    document.body.innerHTML = '<nav><a href="http://[broken">Data privacy</a></nav>';
    expect(findStep(document, hub, setting('ai-training'), labelBook)?.textContent).toBe('Data privacy');
  });
});
