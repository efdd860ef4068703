// The page session's trust rules as a table of events, without a DOM: each row is a race the guide met.
import type { Rung } from '../finder/locators';
import { nextSession, type SessionEvent, type SessionPhase, startSession } from './page-session';

/** A look that found `element` by `rung`; its own name defaults to the element's. */
const saw = (element: string, rung: Rung, name = element): SessionEvent<string> => ({
  type: 'looked',
  found: { element, rung, name },
});
const nothing: SessionEvent<string> = { type: 'looked', found: null };
const urlLeft: SessionEvent<string> = { type: 'url-left' };

interface Row {
  name: string;
  /** Switches on screen when the URL changed. */
  leftBehind?: string[];
  events: SessionEvent<string>[];
  phase: SessionPhase;
  element: string | null;
}

const rows: Row[] = [
  { name: 'a fresh page with nothing on it yet', events: [nothing], phase: 'unknown', element: null },
  {
    name: 'the switch found by its label id',
    events: [saw('a', 'label-id')],
    phase: 'found-by-label',
    element: 'a',
  },
  {
    name: 'the switch found by its label text',
    events: [nothing, saw('a', 'label-text')],
    phase: 'found-by-label',
    element: 'a',
  },
  {
    name: 'the only switch of the page, by position',
    events: [saw('a', 'only-switch')],
    phase: 'found-by-position',
    element: 'a',
  },
  {
    name: 'the switch goes away (a re-render in progress)',
    events: [saw('a', 'label-id'), nothing],
    phase: 'lost',
    element: null,
  },
  {
    name: 'the switch comes back as a new node',
    events: [saw('a', 'label-id'), nothing, saw('b', 'label-id')],
    phase: 'found-by-label',
    element: 'b',
  },
  // fix 79c149b: the last rung never accepts a switch that was on screen when the URL changed.
  {
    name: 'the only switch on screen is what the previous page left behind',
    leftBehind: ['old'],
    events: [saw('old', 'only-switch')],
    phase: 'unknown',
    element: null,
  },
  {
    name: "the new page's own switch replaces what the previous page left",
    leftBehind: ['old'],
    events: [saw('old', 'only-switch'), saw('new', 'only-switch')],
    phase: 'found-by-position',
    element: 'new',
  },
  {
    name: 'the app renders the new page into the switch the previous page left (its name changes)',
    leftBehind: ['old'],
    events: [saw('old', 'only-switch'), saw('old', 'only-switch', 'use my data for research')],
    phase: 'found-by-position',
    element: 'old',
  },
  {
    name: "a switch left behind whose label empties (a skeleton) is still not the new page's",
    leftBehind: ['old'],
    events: [saw('old', 'only-switch', '')],
    phase: 'unknown',
    element: null,
  },
  {
    name: 'a switch left behind but found by its label is trusted',
    leftBehind: ['a'],
    events: [saw('a', 'label-id')],
    phase: 'found-by-label',
    element: 'a',
  },
  // fix f42d4a1 / fbb8454: once found by label, position alone never names another element.
  {
    name: 'after a label match, another page renders before the URL changes',
    events: [saw('a', 'label-id'), saw('research', 'only-switch')],
    phase: 'lost',
    element: null,
  },
  // fix fbb8454: distrust a renamed stranger.
  {
    name: 'a switch by position is replaced by a stranger with another name',
    events: [
      saw('a', 'only-switch', 'use my data for ai'),
      saw('b', 'only-switch', 'use my data for research'),
    ],
    phase: 'lost',
    element: null,
  },
  {
    name: 'a switch by position re-renders as a new node with the same name',
    events: [saw('a', 'only-switch', 'use my data'), nothing, saw('b', 'only-switch', 'use my data')],
    phase: 'found-by-position',
    element: 'b',
  },
  {
    name: 'a stranger stays distrusted after the switch was lost',
    events: [saw('a', 'only-switch', 'x'), nothing, saw('b', 'only-switch', 'y')],
    phase: 'lost',
    element: null,
  },
  {
    name: 'the app fills in the label of the switch found by position after it appeared',
    events: [saw('a', 'only-switch', ''), saw('a', 'only-switch', 'use my data for ai')],
    phase: 'found-by-position',
    element: 'a',
  },
  {
    name: 'a label filled in late is then the name that counts',
    events: [
      saw('a', 'only-switch', ''),
      saw('a', 'only-switch', 'use my data for ai'),
      saw('a', 'only-switch', 'use my data for research'),
    ],
    phase: 'lost',
    element: null,
  },
  {
    name: 'the next page renders into the switch found by position, before the URL changes',
    events: [
      saw('a', 'only-switch', 'use my data for ai'),
      saw('a', 'only-switch', 'use my data for research'),
    ],
    phase: 'lost',
    element: null,
  },
  // fix c5a5ecd / fbb8454: follow the URL itself; nothing on screen belongs to this setting once it changed.
  {
    name: 'the URL shows another page',
    events: [saw('a', 'label-id'), urlLeft],
    phase: 'left',
    element: null,
  },
  {
    name: 'nothing is found after leaving, not even by label',
    events: [urlLeft, saw('a', 'label-id')],
    phase: 'left',
    element: null,
  },
];

describe('nextSession()', () => {
  for (const row of rows) {
    it(`${row.name}: ${row.phase}${row.element ? ` (${row.element})` : ''}`, () => {
      let session = startSession<string>(new Map(row.leftBehind?.map((element) => [element, element])));
      for (const event of row.events) session = nextSession(session, event);
      expect(session.phase).toBe(row.phase);
      expect(session.element).toBe(row.element);
    });
  }

  it('remembers the rung that found the switch, and forgets it when lost', () => {
    let session = nextSession(startSession<string>(), saw('a', 'label-text'));
    expect(session.rung).toBe('label-text');
    session = nextSession(session, nothing);
    expect(session.rung).toBeNull();
  });

  it('never changes the session it was given', () => {
    const session = startSession<string>();
    nextSession(session, saw('a', 'label-id'));
    expect(session.phase).toBe('unknown');
  });
});
