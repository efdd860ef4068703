import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noLabels } from '../linkedin/label-book';
import { labelBook as labels, settingLabels } from '../linkedin/labels';
import { ladder } from '../linkedin/ladder';
import { getSetting, type Setting, type SettingId } from '../linkedin/settings';
import { describeFound, findSwitch } from './find-switch';
import type { Ladder, Rung } from './locators';

/** Loads tests/fixtures/<name> into the document body, as the content script would see the rendered page. */
function load(name: string): void {
  document.body.innerHTML = fixture(name);
}

function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../../tests/fixtures', name), 'utf8');
}

const setting = (id: SettingId): Setting => getSetting(id) as Setting;
const ai = setting('ai-training');

interface Row {
  fixture: string;
  id?: SettingId;
  ownPage: boolean;
  /** The id of the element the finder must return, named for its state (`expected-on`, `other-switch-off`). */
  expected: string;
  rung: Rung;
}

const finds: Row[] = [
  { fixture: 'ai-en-canonical.html', ownPage: true, expected: 'expected-on', rung: 'label-id' },
  { fixture: 'ai-en-canonical.html', ownPage: false, expected: 'expected-on', rung: 'label-id' },
  { fixture: 'ai-de-renamed-id.html', ownPage: true, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'ai-fr-renamed-id.html', ownPage: true, expected: 'expected-on', rung: 'label-text' },
  { fixture: 'ai-nl-renamed-id.html', ownPage: true, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'ai-pt-renamed-id.html', ownPage: true, expected: 'expected-on', rung: 'label-text' },
  { fixture: 'ai-pl-renamed-id.html', ownPage: true, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'ai-cs-renamed-id.html', ownPage: true, expected: 'expected-on', rung: 'label-text' },
  { fixture: 'ai-es-renamed-id.html', ownPage: false, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'ai-it-renamed-id.html', ownPage: false, expected: 'expected-on', rung: 'label-text' },
  { fixture: 'ai-fi-renamed-id.html', ownPage: false, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'aria-checked-switch.html', ownPage: true, expected: 'expected-off', rung: 'label-id' },
  { fixture: 'label-for-plain-checkbox.html', ownPage: false, expected: 'expected-on', rung: 'label-id' },
  { fixture: 'hashed-classes-changed.html', ownPage: false, expected: 'expected-on', rung: 'label-text' },
  {
    fixture: 'two-switches-ai-and-research.html',
    ownPage: true,
    expected: 'expected-off',
    rung: 'label-text',
  },
  {
    fixture: 'two-switches-ai-and-research.html',
    id: 'research',
    ownPage: true,
    expected: 'other-switch-on',
    rung: 'label-id',
  },
  { fixture: 'switch-outside-main.html', ownPage: true, expected: 'expected-on', rung: 'label-id' },
  { fixture: 'quoted-post-with-switch.html', ownPage: false, expected: 'expected-off', rung: 'label-text' },
  { fixture: 'mobile-web.html', ownPage: false, expected: 'expected-on', rung: 'label-text' },
  { fixture: 'hidden-duplicate.html', ownPage: true, expected: 'expected-on', rung: 'label-id' },
  {
    fixture: 'unknown-language-single-switch.html',
    ownPage: true,
    expected: 'expected-on',
    rung: 'only-switch',
  },
  { fixture: 'description-mentions-label.html', ownPage: true, expected: 'expected-on', rung: 'only-switch' },
  {
    fixture: 'partner-sharing-canonical.html',
    id: 'partner-sharing',
    ownPage: true,
    expected: 'expected-on',
    rung: 'label-id',
  },
];

const returnsNull: Omit<Row, 'expected' | 'rung'>[] = [
  { fixture: 'two-switches-shared-heading.html', ownPage: false },
  { fixture: 'two-switches-shared-heading.html', ownPage: true },
  { fixture: 'two-switches-unlabelled.html', ownPage: true },
  { fixture: 'switch-outside-main-unlabelled.html', ownPage: true },
  { fixture: 'quoted-post-no-switch.html', ownPage: false },
  { fixture: 'quoted-post-no-switch.html', ownPage: true },
  { fixture: 'no-switch.html', ownPage: true },
  { fixture: 'late-render.html', ownPage: true },
  { fixture: 'unknown-language-single-switch.html', ownPage: false },
  { fixture: 'description-mentions-label.html', ownPage: false },
  { fixture: 'partner-sharing-canonical.html', ownPage: false },
  { fixture: 'ai-en-canonical.html', id: 'research', ownPage: false },
  { fixture: 'heading-names-ai-switch-another.html', ownPage: false },
];

const name = ({ fixture, id = 'ai-training', ownPage }: Omit<Row, 'expected' | 'rung'>) =>
  `${fixture} for ${id}${ownPage ? ' on its own page' : ''}`;

describe('findSwitch() finds', () => {
  for (const row of finds) {
    it(`${name(row)}: #${row.expected} by ${row.rung}`, () => {
      load(row.fixture);
      const found = findSwitch(document, setting(row.id ?? 'ai-training'), { ownPage: row.ownPage, labels });
      expect(found?.element.id, describeFound(found)).toBe(row.expected);
      expect(found?.rung).toBe(row.rung);
    });
  }
});

describe('findSwitch() returns null', () => {
  for (const row of returnsNull) {
    it(name(row), () => {
      load(row.fixture);
      const found = findSwitch(document, setting(row.id ?? 'ai-training'), { ownPage: row.ownPage, labels });
      expect(found, describeFound(found)).toBeNull();
    });
  }
});

describe('findSwitch() as the page changes', () => {
  it('finds the switch once the single-page app renders it into the empty main area', () => {
    load('late-render.html');
    expect(findSwitch(document, ai, { ownPage: true, labels })).toBeNull();
    document
      .querySelector('main')
      ?.insertAdjacentHTML(
        'beforeend',
        '<span id="allowDataForGenerativeAI">Use my data</span><input id="expected-off" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI">',
      );
    expect(findSwitch(document, ai, { ownPage: true, labels })).toMatchObject({
      element: { id: 'expected-off' },
      rung: 'label-id',
    });
  });

  it('stops finding a switch once it is hidden', () => {
    load('ai-en-canonical.html');
    document.querySelector('main')?.setAttribute('aria-hidden', 'true');
    expect(findSwitch(document, ai, { ownPage: true, labels })).toBeNull();
  });

  it('searches only under the root it is given', () => {
    load('switch-outside-main.html');
    const main = document.querySelector('main') as Element;
    expect(findSwitch(main, ai, { ownPage: true, labels })).toBeNull();
    expect(findSwitch(document.body, ai, { ownPage: true, labels })?.element.id).toBe('expected-on');
  });

  it('finds the switch in a detached or parsed document too', () => {
    const html = fixture('ai-de-renamed-id.html');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(findSwitch(parsed, ai, { ownPage: false, labels })?.element.id).toBe('expected-off');
    const detached = document.createElement('div');
    detached.innerHTML = html;
    expect(findSwitch(detached, ai, { ownPage: false, labels })?.element.id).toBe('expected-off');
  });
});

describe('findSwitch() with a ladder passed in', () => {
  const only = (rungs: Ladder['rungs']): Ladder => ({ ...ladder, rungs });

  it('tries only the rungs it is given', () => {
    load('ai-en-canonical.html');
    expect(findSwitch(document, ai, { ownPage: true, labels }, only(['only-switch']))?.rung).toBe(
      'only-switch',
    );
    expect(findSwitch(document, ai, { ownPage: false, labels }, only(['only-switch']))).toBeNull();
    expect(findSwitch(document, ai, { ownPage: true, labels }, only([]))).toBeNull();
  });

  it('survives broken selectors, losing only the broken alternatives', () => {
    load('ai-en-canonical.html');
    const broken: Ladder = {
      ...ladder,
      switches: ['[[', 'input[type="checkbox"]'],
      hidden: ['<>'],
      mainArea: [')'],
    };
    expect(findSwitch(document, ai, { ownPage: true, labels }, broken)?.element.id).toBe('expected-on');
    expect(findSwitch(document, ai, { ownPage: true, labels }, { ...ladder, switches: ['[['] })).toBeNull();
  });

  it("never takes, by position alone, a switch that carries another setting's label id", () => {
    // A URL change can come before the new page's DOM: the AI page's switch is still on screen.
    load('ai-en-canonical.html');
    const partner = getSetting('partner-sharing') as Setting;
    expect(findSwitch(document, partner, { ownPage: true, labels })).toBeNull();
    document.querySelector('[aria-labelledby]')?.setAttribute('aria-labelledby', 'somethingNew');
    expect(findSwitch(document, partner, { ownPage: true, labels })?.rung).toBe('only-switch');
  });

  it('finds nothing with an unknown rung', () => {
    load('ai-en-canonical.html');
    expect(findSwitch(document, ai, { ownPage: true, labels }, only(['guess' as Rung]))).toBeNull();
  });
});

describe('findSwitch() reads labels', () => {
  it.each(['Activé', 'Ativado', 'Wyłączone', 'Zapnuto', 'Attivo', 'Activado', 'Päällä', 'Aan'])(
    'findSwitch() finds a switch-button whose visible text is the state word %j',
    (word) => {
      document.body.innerHTML = `<main><div><span>Utiliser mes données pour entraîner des modèles d'IA de création de contenu</span>
        <button id="x" role="switch" aria-checked="true"><span>${word}</span></button></div>
        <div><span id="allowAnonymizedDataResearch">Research</span>
        <input id="r" type="checkbox" role="switch" aria-labelledby="allowAnonymizedDataResearch"></div></main>`;
      expect(findSwitch(document, ai, { ownPage: false, labels })?.element.id).toBe('x');
    },
  );

  it("climbs past a state phrase of several words that the ladder lists, to the setting's label above it", () => {
    document.body.innerHTML = `<main><div><h3>Daten zur Verbesserung generativer KI</h3><div><span>Ist aktiviert</span>
      <input id="x" type="checkbox" role="switch"></div></div>
      <div><span>Research with third parties</span><input type="checkbox" role="switch"></div></main>`;
    expect(findSwitch(document, ai, { ownPage: false, labels })).toBeNull();
    const withPhrase: Ladder = { ...ladder, stateWords: ['ist aktiviert'] };
    expect(findSwitch(document, ai, { ownPage: false, labels }, withPhrase)?.element.id).toBe('x');
  });

  it('every label we know has two words or more (a single word beside a switch is a state, never a label)', () => {
    for (const byLanguage of Object.values(settingLabels)) {
      for (const label of Object.values(byLanguage).flat())
        expect(label.trim().split(/\s+/).length).toBeGreaterThan(1);
    }
  });

  it("never names a switch inside a post by the post's text", () => {
    document.body.innerHTML = `<main><section><h1>Data för generativ AI</h1><div><span id="sv">Använd mina data</span>
      <input id="real" type="checkbox" role="switch" aria-labelledby="sv" checked></div></section>
      <aside><article><p>Data for Generative AI Improvement</p><input id="post" type="checkbox" role="switch"></article></aside></main>`;
    expect(findSwitch(document, ai, { ownPage: false, labels })).toBeNull();
    expect(findSwitch(document, ai, { ownPage: true, labels })).toBeNull(); // two switches: position alone names neither
  });

  it('reads no text shared by two switches, however near', () => {
    document.body.innerHTML = `<main><h2>Data for Generative AI Improvement</h2>
      <div><input id="a" type="checkbox" role="switch"></div>
      <div><span>Email me about promotions</span><input id="b" type="checkbox" role="switch"></div></main>`;
    expect(findSwitch(document, ai, { ownPage: false, labels })).toBeNull();
    document.getElementById('b')?.remove();
    expect(findSwitch(document, ai, { ownPage: false, labels })?.element.id).toBe('a');
  });

  it('reads no heading above a switch that names itself otherwise', () => {
    document.body.innerHTML =
      '<main><h1>Data for Generative AI Improvement</h1><div><input id="a" type="checkbox" role="switch" aria-label="Email notifications"></div></main>';
    expect(findSwitch(document, ai, { ownPage: false, labels })).toBeNull();
    document.getElementById('a')?.removeAttribute('aria-label');
    expect(findSwitch(document, ai, { ownPage: false, labels })?.element.id).toBe('a');
  });

  it('reads the first line of a label whose heading and description are inline elements', () => {
    document.body.innerHTML =
      '<main><div id="lbl"><b>Data for Generative AI Improvement</b><span>When this setting is on</span></div><input id="a" type="checkbox" role="switch" aria-labelledby="lbl"></main>';
    expect(findSwitch(document, ai, { ownPage: false, labels })?.element.id).toBe('a');
  });

  it.each([
    ['left-to-right marks', '\u200E', '\u200E'],
    ['first-strong isolate', '\u2068', '\u2069'],
    ['left-to-right embedding', '\u202A', '\u202C'],
  ])('reads a label that the page wraps in %s (as in a right-to-left interface)', (_, open, close) => {
    document.body.innerHTML = `<main><div><span id="renamed">${open}Use my data for training content creation AI models${close}</span>
      <input id="a" type="checkbox" role="switch" aria-labelledby="renamed" checked></div>
      <div><span>${open}Research with third parties${close}</span><input id="r" type="checkbox" role="switch"></div></main>`;
    expect(findSwitch(document, ai, { ownPage: true, labels })?.element.id).toBe('a');
  });

  // The AI page gaining a second switch whose name starts with ours: the name that goes on is another setting's.
  const second = (first: string) => `<main><h1>Data for Generative AI Improvement</h1>
    <div><span id="renamedA">${first}</span><input id="a" type="checkbox" role="switch" aria-labelledby="renamedA" checked></div>
    <div><span id="renamedB">Use my data for training content creation AI models by Microsoft</span>
    <input id="b" type="checkbox" role="switch" aria-labelledby="renamedB"></div></main>`;

  it('on a page with a second switch whose name extends ours, finds ours by its exact name', () => {
    document.body.innerHTML = second('Use my data for training content creation AI models');
    expect(findSwitch(document, ai, { ownPage: true, labels })?.element.id).toBe('a');
  });

  it('never marks a second switch whose name merely starts with ours when ours was reworded', () => {
    document.body.innerHTML = second('Use my data to train AI models that create content');
    const found = findSwitch(document, ai, { ownPage: true, labels });
    expect(found, describeFound(found)).toBeNull();
  });

  // A switch's children are presentational (WAI-ARIA): a native checkbox inside one is part of it, not a second switch.
  const wrapped = (
    neighbour: string,
  ) => `<main><h1>Data for Generative AI Improvement</h1><div><span>Use my data for training content creation AI models</span>
    <div id="outer" role="switch" aria-checked="true" tabindex="0"><input type="checkbox" tabindex="-1"></div></div>${neighbour}</main>`;

  it('takes a role=switch element wrapping a native checkbox as one switch, with its own state', () => {
    document.body.innerHTML = wrapped('');
    const alone = findSwitch(document, ai, { ownPage: true, labels });
    expect(describeFound(alone)).toBe('label-text div#outer[role=switch] on');
    document.body.innerHTML = wrapped(
      '<div><span>Research with third parties</span><input type="checkbox" role="switch"></div>',
    );
    expect(findSwitch(document, ai, { ownPage: true, labels })?.element.id).toBe('outer');
  });

  it("still takes the setting's label id first, on the checkbox inside such a wrapper", () => {
    document.body.innerHTML = `<main><span id="allowDataForGenerativeAI">Use my data</span><div role="switch" aria-checked="false">
      <input id="inner" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"></div></main>`;
    expect(describeFound(findSwitch(document, ai, { ownPage: true, labels }))).toMatch(
      /^label-id input#inner/,
    );
  });

  it.each([
    [
      'a line break and a description',
      '<br><small>When this setting is on, LinkedIn can use your data.</small>',
    ],
    ['a "Learn more" link', ' <a href="/help">Learn more</a>'],
  ])('reads a label that goes on with %s after its words', (_, after) => {
    document.body.innerHTML = `<main><div><label for="a">Use my data for training content creation AI models${after}</label>
      <input id="a" type="checkbox" role="switch" checked></div>
      <div><span>Research with third parties</span><input id="r" type="checkbox" role="switch"></div></main>`;
    expect(findSwitch(document, ai, { ownPage: true, labels })?.element.id).toBe('a');
  });

  it('returns no plain checkbox from the label-text rung, only from its own page', () => {
    document.body.innerHTML =
      '<main><label><span>Data for Generative AI Improvement</span><input id="plain" type="checkbox"></label></main>';
    expect(findSwitch(document, ai, { ownPage: false, labels })).toBeNull();
    expect(findSwitch(document, ai, { ownPage: true, labels })?.rung).toBe('only-switch');
  });
});

describe('findSwitch() never throws', () => {
  it('on a setting without labels or label id', () => {
    load('ai-en-canonical.html');
    const bare = { ...ai, labelId: '' } as Setting;
    expect(findSwitch(document, bare, { ownPage: false, labels: noLabels })).toBeNull();
    expect(findSwitch(document, bare, { ownPage: false })).toBeNull();
  });

  it('finds by label text only with the labels the background sent', () => {
    load('ai-en-canonical.html');
    const byText = { ...ai, labelId: 'renamedLabel' } as Setting;
    expect(findSwitch(document, byText, { ownPage: false, labels })?.rung).toBe('label-text');
    expect(findSwitch(document, byText, { ownPage: false, labels: noLabels })).toBeNull();
  });
  it('on an empty fragment', () => {
    expect(findSwitch(document.createDocumentFragment(), ai, { ownPage: true, labels })).toBeNull();
  });
});

describe('describeFound()', () => {
  it('says which rung found which switch, in which state', () => {
    load('ai-en-canonical.html');
    expect(describeFound(findSwitch(document, ai, { ownPage: true, labels }))).toBe(
      'label-id input#expected-on[role=switch][aria-labelledby=allowDataForGenerativeAI] on',
    );
    expect(describeFound(null)).toBe('no switch found');
  });
});
